//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! mount, type, let the reactive system settle, read the DOM.
#![cfg(target_arch = "wasm32")]

use listo::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app in a fresh container, with empty storage, and returns the container.
fn mount_app() -> HtmlElement {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    // Keep the app mounted for the rest of the test run.
    std::mem::forget(handle);
    container
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container.query_selector(selector).unwrap().unwrap().text_content().unwrap_or_default()
}

async fn type_into(container: &HtmlElement, selector: &str, value: &str) {
    let input: HtmlInputElement = container.query_selector(selector).unwrap().unwrap().unchecked_into();
    input.set_value(value);
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn first_screen_is_in_spanish_with_a_labelled_title_field() {
    let app = mount_app();
    assert_eq!(text_of(&app, "h1"), "Listo");
    let label = app.query_selector("label[for=field-title]").unwrap().expect("the title field has a visible label");
    assert_eq!(label.text_content().unwrap(), "Título");
    assert_eq!(text_of(&app, "#field-title-count"), "0 / 60");
}

#[wasm_bindgen_test]
async fn typing_a_long_title_shows_the_count_and_the_core_message() {
    let app = mount_app();
    type_into(&app, "#field-title", &"a".repeat(70)).await;
    assert_eq!(text_of(&app, "#field-title-count"), "70 / 60");
    let messages = text_of(&app, "#field-title-msgs");
    assert!(messages.contains("70 caracteres"), "messages: {messages}");
    type_into(&app, "#field-title", "Celular Samsung Galaxy A15 128 GB Negro").await;
    assert!(!text_of(&app, "#field-title-msgs").contains("caracteres"));
}
