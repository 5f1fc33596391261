//! The module's engine, built once the way the app builds its own (`src/ui/lazy/catalog.rs`):
//! the default rules and shipping profile, with the published category data fetched (from the
//! service worker's cache after the first visit). When the data cannot be had, the engine keeps
//! the pending catalog, so the category rules give no verdict rather than a wrong one, and the
//! page says so. A trainer's configuration, when there is one, will be one more argument here.

use listo::core::catalog::Catalog;
use listo::core::engine::Engine;
use listo::core::text::Text;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

thread_local! {
    static ENGINE: RefCell<Option<Rc<Engine>>> = const { RefCell::new(None) };
}

/// The engine, and why the category data is missing if it is.
pub async fn engine() -> (Rc<Engine>, Option<Text>) {
    if let Some(e) = ENGINE.with(|e| e.borrow().clone()) {
        return (e, None);
    }
    match listo::ui::lazy::catalog::fetch().await {
        Ok(catalog) => {
            let engine = Rc::new(Engine::default().with_catalog(Arc::new(catalog)));
            ENGINE.with(|e| *e.borrow_mut() = Some(engine.clone()));
            (engine, None)
        }
        // Not kept: the next run tries the download again.
        Err(e) => (Rc::new(Engine::default().with_catalog(Catalog::pending())), Some(e)),
    }
}

/// The engine if it was already built.
pub fn cached() -> Option<Rc<Engine>> {
    ENGINE.with(|e| e.borrow().clone())
}
