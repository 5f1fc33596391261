//! A deliberate Rust panic in a test build (issue 16): the app's own panic hook
//! (src/ui/panic.rs) hands over to the crash page (src/ui/crash.js), which shows the Spanish
//! message and "Exportar mis borradores", and the export reads the drafts straight from storage.
//! The release build has no hook (a panic is a trap there); tests/e2e/crash.test.mjs covers that
//! path. Its own test binary, so the panic cannot disturb the other browser tests. After the
//! panic, a failing assertion is a second panic: it aborts, and the runner reports the test failed.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const CRASH_JS: &str = include_str!("../src/ui/crash.js");

/// The crash page draws into a frame of its own (it replaces its document's body, which here
/// would be the test runner's), and its downloads are kept as text instead of saved.
const SETUP: &str = r#"
    const frame = document.createElement("iframe");
    document.body.appendChild(frame);
    const doc = frame.contentDocument;
    doc.open(); doc.write("<!doctype html><html><head></head><body></body></html>"); doc.close();
    const script = doc.createElement("script");
    script.textContent = code;
    doc.head.appendChild(script);
    window.listoCrash = () => frame.contentWindow.listoCrash();
    window.__files = [];
    frame.contentWindow.URL.createObjectURL = (blob) => {
      blob.text().then((text) => window.__files.push(text));
      return "about:blank";
    };
    // The download link's click would navigate the frame to that address, which drops the
    // frame's realm, and with it the pending `blob.text()` (a test that failed once in CI):
    // the link's name is kept instead, and nothing navigates.
    window.__names = [];
    frame.contentWindow.HTMLAnchorElement.prototype.click = function () { window.__names.push(this.download); };
    window.__trapped = false;
    window.addEventListener("error", (e) => {
      if (e.error instanceof WebAssembly.RuntimeError) { window.__trapped = true; e.preventDefault(); }
    });
    return doc;
"#;

async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits until `ready` holds, up to 5 s (the browser may be slow under load); returns whether it did.
async fn wait_until(ready: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if ready() {
            return true;
        }
        wait(50).await;
    }
    ready()
}

fn global(name: &str) -> JsValue {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &name.into()).unwrap()
}

#[wasm_bindgen_test]
async fn a_panic_shows_the_crash_page_and_its_export_holds_the_stored_drafts() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
        .set_item(
            "listo.drafts.v1",
            r#"{"version":1,"drafts":[{"id":1,"name":"Mochila","listing":{"title":"Mochila escolar impermeable"}}],"current":1,"next_id":2}"#,
        )
        .unwrap();
    let doc: web_sys::Document = js_sys::Function::new_with_args("code", SETUP).call1(&JsValue::NULL, &CRASH_JS.into()).unwrap().unchecked_into();
    assert!(doc.query_selector("[data-testid=crash]").unwrap().is_none(), "the crash page shows before any panic");

    listo::ui::panic::install_hook();
    let boom = Closure::once_into_js(|| -> () { panic!("deliberate panic in a test build") });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0).unwrap();
    let shown = wait_until(|| doc.query_selector("[data-testid=crash]").ok().flatten().is_some() && global("__trapped").as_bool() == Some(true)).await;
    assert!(shown, "no crash page, or no trap, within 5 s");

    let page = doc.query_selector("[data-testid=crash]").unwrap().expect("the crash page is shown");
    let text = page.text_content().unwrap_or_default();
    assert!(text.contains("Algo salió mal en Listo"), "{text}");
    assert!(text.contains("Tus borradores siguen guardados"), "{text}");
    // After the hook the panic aborts: a trap, as in the release build.
    assert_eq!(global("__trapped").as_bool(), Some(true), "the panic did not end in a trap");

    let export = doc.query_selector("button").unwrap().expect("a button");
    assert_eq!(export.text_content().unwrap(), "Exportar mis borradores");
    export.unchecked_ref::<web_sys::HtmlElement>().click();
    wait_until(|| js_sys::Array::from(&global("__files")).length() > 0).await;
    let files: js_sys::Array = global("__files").unchecked_into();
    assert_eq!(files.length(), 1, "one export file");
    let names: js_sys::Array = global("__names").unchecked_into();
    assert_eq!(names.get(0).as_string().as_deref(), Some("listo-borradores.json"));
    let json = files.get(0).as_string().unwrap();
    let items: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(items[0]["name"], "Mochila");
    assert_eq!(items[0]["listing"]["title"], "Mochila escolar impermeable");
}
