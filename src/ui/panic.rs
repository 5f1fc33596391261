//! What a seller sees if the app ever panics. In debug builds the panic goes to the console with
//! its stack; in release (where `panic = "abort"` stops the module) the page shows a calm message
//! in Spanish and English instead of going blank. Drafts are saved on every change, so the message
//! can promise that nothing was lost.

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

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(banner) = document.create_element("div") else { return };
    banner.set_class_name("listo-crash");
    banner.set_attribute("role", "alert").ok();
    banner.set_inner_html(
        "<h2>Algo salió mal en Listo</h2>\
         <p>Tu borrador está guardado en este dispositivo. Recarga la página para seguir.</p>\
         <p lang=\"en\">Something went wrong. Your draft is saved on this device: reload the page to continue.</p>\
         <button type=\"button\" onclick=\"location.reload()\">Recargar / Reload</button>",
    );
    body.prepend_with_node_1(&banner).ok();
}
