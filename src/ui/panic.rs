//! What a seller sees if the app ever panics. In debug builds the panic goes to the console with
//! its stack; in release (where `panic = "abort"` stops the module) the page shows a calm message
//! in Spanish and English instead of going blank. Drafts are saved on every change, so the message
//! can promise that nothing was lost. In release the hook never runs (`-Cpanic=immediate-abort`
//! makes a panic a wasm trap); src/ui/crash.js catches the trap and shows the same page.

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(debug_assertions)]
        console_error_panic_hook::hook(info);
        #[cfg(not(debug_assertions))]
        web_sys_log(&info.to_string());
        show_message();
    }));
}

#[cfg(not(debug_assertions))]
fn web_sys_log(text: &str) {
    leptos::logging::error!("{text}");
}

/// Shows the crash page of src/ui/crash.js (loaded before the wasm by index.html): the same
/// message and "Exportar mis borradores" a release build's trap shows. No inline handler here:
/// the CSP forbids them.
fn show_message() {
    let Some(window) = web_sys::window() else { return };
    let Ok(show) = js_sys::Reflect::get(&window, &"listoCrash".into()) else { return };
    if let Some(show) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&show) {
        let _ = show.call0(&window);
    }
}
