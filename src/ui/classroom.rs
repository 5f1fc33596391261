//! The address phones can reach, for the links and QR codes the share and workshop modules make.
//! In a classroom (`./x classroom`, docs/classroom.md) the trainer often opens Listo on the laptop
//! itself, at 127.0.0.1, an address no phone can open; the classroom server then publishes its
//! LAN address in `listo-classroom.json` (`{"url": "http://<lan-ip>:<port>/"}`) and links are made
//! from that. Anywhere else (a static host) the file is absent and links use the page's address.
//! Only the modules call this: the first load never links it.

use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The classroom server's address, once `listo-classroom.json` has named one.
    static BASE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the file was asked for already (it is asked for once per module).
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// The base for links phones open: the classroom server's address once known, else `page`.
pub fn base(page: String) -> String {
    BASE.with(|b| b.borrow().clone()).unwrap_or(page)
}

/// Asks once for `listo-classroom.json`; when it names an address, runs `redraw` so what was
/// just drawn with the page's address is drawn again with the classroom's.
pub fn ask(redraw: impl FnOnce() + 'static) {
    if ASKED.with(|a| a.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(url) = fetch().await {
            BASE.with(|b| *b.borrow_mut() = Some(url));
            redraw();
        }
    });
}

/// The `url` of `listo-classroom.json` next to the page, if it is an http(s) address. A host
/// without the file answers 404 (or, like tools/serve.mjs, the page itself, which is not JSON).
async fn fetch() -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str("listo-classroom.json")).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let json = JsFuture::from(response.json().ok()?).await.ok()?;
    let url = js_sys::Reflect::get(&json, &"url".into()).ok()?.as_string()?;
    (url.starts_with("http://") || url.starts_with("https://")).then_some(url)
}
