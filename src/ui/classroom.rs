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
    /// Where the file stands in this module: not asked, on its way, or answered (asked once).
    static STATE: Cell<Ask> = const { Cell::new(Ask::Not) };
    /// What to draw again when the answer comes: everything drawn while the file was on its way.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
}

#[derive(Clone, Copy)]
enum Ask {
    Not,
    OnItsWay,
    Answered,
}

/// The base for links phones open: the classroom server's address once known, else `page`.
pub fn base(page: String) -> String {
    BASE.with(|b| b.borrow().clone()).unwrap_or(page)
}

/// Asks once for `listo-classroom.json`; when it names an address, runs `redraw` (and that of
/// every call made while the file was on its way) so what was just drawn with the page's address
/// is drawn again with the classroom's. Once the answer is in, `base` already gives it.
pub fn ask(redraw: impl FnOnce() + 'static) {
    let state = STATE.with(|s| s.replace(Ask::OnItsWay));
    match state {
        Ask::Answered => return STATE.with(|s| s.set(Ask::Answered)),
        Ask::OnItsWay => return WAITING.with(|w| w.borrow_mut().push(Box::new(redraw))),
        Ask::Not => WAITING.with(|w| w.borrow_mut().push(Box::new(redraw))),
    }
    wasm_bindgen_futures::spawn_local(async move {
        let url = fetch().await;
        STATE.with(|s| s.set(Ask::Answered));
        let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
        if let Some(url) = url {
            BASE.with(|b| *b.borrow_mut() = Some(url));
            waiting.into_iter().for_each(|redraw| redraw());
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
