//! The bulk module: "Revisar catálogo" (route `#catalogo`), a whole catalogue checked at once.
//! A seller or a trainer picks a CSV, XLSX or Mercado Libre JSON file; every row is checked with
//! the same engine as the editor (rules, shipping profile and the published category data), then
//! shown as a sortable, filterable table (only the visible rows in the DOM), three SVG charts,
//! and exports (problems CSV, table CSV and XLSX, a printable summary).
//!
//! A wasm binary of its own, loaded on demand like the rules module: the readers (CSV, XLSX,
//! Windows-1252), the summary, the XLSX writer and this page never reach the first load. It has
//! its own Leptos runtime mounted into the element the app gives it, and its own CSS (injected
//! once), so the app's stylesheet does not grow either. A row opened in the editor goes back to
//! the app as a `listo:open-draft` event carrying a typed reply (`ui::state::transfer`).

// Natively only the pure parts are compiled (for their tests); the page is wasm-only.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]


mod order;
mod reader;
mod strings;

#[cfg(target_arch = "wasm32")]
mod charts;
#[cfg(target_arch = "wasm32")]
mod class;
#[cfg(target_arch = "wasm32")]
mod engine;
#[cfg(target_arch = "wasm32")]
mod export;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod run;
#[cfg(target_arch = "wasm32")]
mod table;

#[cfg(target_arch = "wasm32")]
mod exports {
    use leptos::prelude::*;
    use listo::core::text::Lang;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    struct Mounted {
        root: web_sys::Element,
        lang: RwSignal<Lang>,
        _handle: Box<dyn std::any::Any>,
    }

    thread_local! {
        static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
    }

    /// Draws the page into `root` in `lang` ("es" or "en"). Called again with the same element
    /// it only changes the language; with another one (the seller came back to the page) it
    /// draws anew there, with the last results still shown. Returns 1 (the app checks it).
    #[wasm_bindgen]
    pub fn render(root: &web_sys::Element, lang: &str) -> Result<u32, JsValue> {
        console_error_panic_hook::set_once();
        let lang = Lang::from_code(lang);
        add_style(root)?;
        let same = MOUNTED.with(|m| m.borrow().as_ref().filter(|m| m.root == *root).map(|m| m.lang));
        if let Some(signal) = same {
            signal.set(lang);
            return Ok(1);
        }
        // Dropping the old handle unmounts the page drawn into an element the app removed.
        MOUNTED.with(|m| m.borrow_mut().take());
        let element: web_sys::HtmlElement = root.clone().dyn_into()?;
        root.set_text_content(None);
        let signal = RwSignal::new(lang);
        let handle = leptos::mount::mount_to(element, move || crate::page::page(signal));
        MOUNTED.with(|m| *m.borrow_mut() = Some(Mounted { root: root.clone(), lang: signal, _handle: Box::new(handle) }));
        Ok(1)
    }

    /// The size of this module's wasm memory in bytes (it grows, never shrinks): the benchmark
    /// prints it next to the tab's memory.
    #[wasm_bindgen]
    pub fn memory_bytes() -> f64 {
        wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64
    }

    /// The page's CSS, added to the document once (a constructed style sheet: the CSP refuses
    /// inline `<style>`, see listo::ui::style_sheet).
    fn add_style(root: &web_sys::Element) -> Result<(), JsValue> {
        let doc = root.owner_document().ok_or("no document")?;
        listo::ui::style_sheet::adopt(&doc, "bulk", include_str!("bulk.css"))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("listo-bulk is one of the app's modules: it runs in the browser (see index.html).");
}
