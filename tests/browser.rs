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

/// Lets effects and the browser's task queue run (a tick plus one macrotask).
async fn settle() {
    leptos::task::tick().await;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn click(container: &HtmlElement, selector: &str) {
    let el: HtmlElement = container.query_selector(selector).unwrap().unwrap().unchecked_into();
    el.click();
}

/// The button whose text contains `text`.
fn button_with(container: &HtmlElement, text: &str) -> HtmlElement {
    let buttons = container.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().unwrap_or_default().contains(text))
        .unwrap_or_else(|| panic!("no button with text {text:?}"))
}

#[wasm_bindgen_test]
async fn the_panel_lists_what_is_missing_and_a_fix_repairs_the_field() {
    let app = mount_app();
    let panel = text_of(&app, "#panel");
    assert!(panel.contains("Falta el precio"), "panel: {panel}");
    // 62 characters only because of doubled spaces: the safe fix collapses them.
    let padded = format!("Celular  Samsung  Galaxy  A15  {}", "x".repeat(31));
    type_into(&app, "#field-title", &padded).await;
    assert!(text_of(&app, "#field-title-msgs").contains("máximo es 60"));
    button_with(&app, "Corregir").click();
    settle().await;
    let input: HtmlInputElement = app.query_selector("#field-title").unwrap().unwrap().unchecked_into();
    assert!(!input.value().contains("  "), "fixed title: {} / panel: {}", input.value(), text_of(&app, "#panel"));
    assert!(!text_of(&app, "#field-title-msgs").contains("máximo"));
}

#[wasm_bindgen_test]
async fn switching_language_translates_labels_and_rule_messages() {
    let app = mount_app();
    click(&app, ".listo-header__nav button");
    leptos::task::tick().await;
    assert_eq!(text_of(&app, "label[for=field-title]"), "Title");
    assert!(text_of(&app, "#panel").contains("The price is missing"));
    click(&app, ".listo-header__nav button");
    leptos::task::tick().await;
    assert_eq!(text_of(&app, "label[for=field-title]"), "Título");
}

#[wasm_bindgen_test]
async fn go_to_field_moves_keyboard_focus_to_the_field() {
    let app = mount_app();
    button_with(&app, "Ir al campo: Precio").click();
    leptos::task::tick().await;
    let active = web_sys::window().unwrap().document().unwrap().active_element().unwrap();
    assert_eq!(active.id(), "field-price");
}

#[wasm_bindgen_test]
async fn drafts_are_saved_on_every_change() {
    let app = mount_app();
    type_into(&app, "#field-price", "12,50").await;
    leptos::task::tick().await;
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("listo.drafts.v1").unwrap().unwrap();
    assert!(stored.contains("\"price\":\"12,50\""), "stored: {stored}");
}

#[wasm_bindgen_test]
async fn the_title_suggests_a_category_and_one_click_uses_it() {
    let app = mount_app();
    type_into(&app, "#field-title", "Celular Samsung Galaxy A15 128 GB").await;
    settle().await;
    let card = text_of(&app, "[data-testid=category-card]");
    assert!(card.contains("Celulares y Smartphones"), "card: {card}");
    button_with(&app, "Usar esta categoría").click();
    settle().await;
    let input: HtmlInputElement = app.query_selector("#field-category-id").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "MEC1055");
    // The phone category's required attributes appear as labelled fields.
    assert!(app.query_selector("label[for=field-attributes-IS-DUAL-SIM]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_shipping_card_shows_each_mode_for_the_package() {
    let app = mount_app();
    let card = text_of(&app, "[data-testid=shipping-card]");
    assert!(card.contains("falta información"), "empty package: {card}");
    type_into(&app, "#field-shipping-weight", "1,2 kg").await;
    type_into(&app, "#field-shipping-length", "30").await;
    type_into(&app, "#field-shipping-width", "20").await;
    type_into(&app, "#field-shipping-height", "10").await;
    type_into(&app, "#field-seller-address-city", "Cumbayá").await;
    settle().await;
    let card = text_of(&app, "[data-testid=shipping-card]");
    assert!(card.contains("Envío en el día · disponible"), "card: {card}");
    assert!(card.contains("Peso facturable"), "card: {card}");
    type_into(&app, "#field-shipping-weight", "45 kg").await;
    settle().await;
    let card = text_of(&app, "[data-testid=shipping-card]");
    assert!(card.contains("Courier nacional · no disponible"), "card: {card}");
}
