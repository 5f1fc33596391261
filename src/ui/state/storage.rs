//! Saving drafts and preferences in the browser's localStorage, through gloo-storage. Every
//! failure is reported as a [`StorageStatus`] the UI shows; none is fatal, and work stays in
//! memory when the browser cannot save.

use gloo_storage::{LocalStorage, Storage};

pub const DRAFTS_KEY: &str = "listo.drafts.v1";
pub const LANG_KEY: &str = "listo.lang";
/// The trainer's profile in use (`core::share::profile::ProfileWire::to_stored`).
pub const PROFILE_KEY: &str = "listo.profile.v1";
const SET_ASIDE_PREFIX: &str = "listo.drafts.unreadable.";

/// Whether saving works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Saved,
    /// No localStorage at all (private mode, disabled cookies, or an old browser).
    Unavailable,
    /// The browser refused the write (quota exceeded).
    Full,
}

/// True when localStorage exists and accepts a write. Checked before touching gloo-storage,
/// whose `raw()` would panic without it.
pub fn available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(Some(storage)) = window.local_storage() else { return false };
    let probe = "listo.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    storage.remove_item(probe).ok();
    ok
}

/// True when the browser gives a localStorage object (which gloo-storage's `raw()` needs).
fn present() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The raw stored text under `key`.
pub fn read(key: &str) -> Option<String> {
    if !present() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Writes raw text under `key`.
pub fn write(key: &str, value: &str) -> StorageStatus {
    // Runs on every edit: only check that storage exists (no probe write); a refused write
    // still reports itself below.
    if !present() {
        return StorageStatus::Unavailable;
    }
    match LocalStorage::raw().set_item(key, value) {
        Ok(()) => StorageStatus::Saved,
        Err(_) => StorageStatus::Full,
    }
}

/// Removes `key` (nothing happens without storage).
pub fn remove(key: &str) {
    if present() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Keeps unreadable stored drafts under a new key instead of overwriting them.
pub fn set_aside(text: &str) {
    let stamp = js_sys::Date::now() as u64;
    let _ = write(&format!("{SET_ASIDE_PREFIX}{stamp}"), text);
}
