//! The Leptos app. It renders the core; it re-implements none of it.

pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod classroom;
pub mod components;
pub mod i18n;
pub mod lazy;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod style_sheet;
#[cfg(target_arch = "wasm32")]
pub mod panic;

pub use app::App;

/// Mounts the app on `<body>`. Called by `main` on wasm.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    panic::install_hook();
    leptos::mount::mount_to_body(App);
}
