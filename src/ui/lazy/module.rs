//! Loads an on-demand module (a second wasm-bindgen binary, see `src/modules/`) and calls one of
//! its exported functions. The JS side (`module.js`) imports it once and keeps it.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/ui/lazy/module.js")]
extern "C" {
    /// Resolves to the module's exports, initialised; rejects with an `Error` when it cannot load.
    #[wasm_bindgen(catch)]
    async fn load_module(js: &str, wasm: &str) -> Result<JsValue, JsValue>;
}

/// The module published as `<meta name="listo:module:{name}" content="JS WASM">`, loaded.
pub async fn load(name: &str) -> Result<JsValue, JsValue> {
    let files = super::published(&format!("module:{name}")).ok_or_else(|| JsValue::from_str("module not in this build"))?;
    let (js, wasm) = files.split_once(' ').ok_or_else(|| JsValue::from_str("bad module entry"))?;
    load_module(js, wasm).await
}

/// Calls `exports[function](args…)`.
pub fn call(exports: &JsValue, function: &str, args: &js_sys::Array) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(exports, &JsValue::from_str(function))?.dyn_into()?;
    f.apply(&JsValue::NULL, args)
}

/// Calls `function(text)` of the module `name` and decodes its JSON reply (see
/// `ui::state::transfer`); a module that cannot load becomes an error to show.
pub async fn ask<T: serde::de::DeserializeOwned>(name: &str, function: &str, text: String) -> crate::ui::state::transfer::Reply<T> {
    use crate::ui::state::transfer::{decode, Reply};
    let answer = match load(name).await {
        Ok(exports) => call(&exports, function, &js_sys::Array::of1(&JsValue::from_str(&text))).ok().and_then(|v| v.as_string()),
        Err(_) => None,
    };
    match answer {
        Some(json) => decode(&json),
        None => Reply::Err(crate::core::text::Text::new(crate::ui::i18n::MODULE_FAILED.0, crate::ui::i18n::MODULE_FAILED.1)),
    }
}
