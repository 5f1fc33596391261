//! One check of a whole file: read it, then check the listings in slices of about 40 ms, yielding
//! to the browser between slices so the page stays responsive (scrolling, the Cancel button).
//! Measured against a Web Worker, slices keep the engine and the catalog in one place and cost
//! only the yields (see docs/bulk.md for the figures).

use crate::engine::engine;
use crate::reader::{self, CellNote};
use leptos::prelude::*;
use listo::core::summary::{top_category, RowResult, Summary};
use listo::core::text::Text;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Everything one file's check produced. Kept until the next file is checked successfully.
#[derive(Debug, Default)]
pub struct Results {
    pub file_name: String,
    /// Shown instead of the file's name: a class gathered from many files and links.
    pub label: Option<Text>,
    pub rows: Vec<RowResult>,
    /// The file itself. The listings are not kept (a listing weighs several times its compact
    /// row): opening one in the editor or exporting the problems reads the file again.
    pub bytes: Arc<Vec<u8>>,
    pub summary: Summary,
    pub cells: Vec<CellNote>,
    pub notices: Vec<Text>,
    pub sheet_names: Vec<String>,
    pub sheet: Option<String>,
    /// Reading, checking and summarising, in milliseconds.
    pub elapsed_ms: f64,
}

/// Where a running check is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub done: usize,
    /// 0 while the file is being read.
    pub total: usize,
    pub started_ms: f64,
    pub now_ms: f64,
}

impl Progress {
    /// Seconds left, from the pace so far; none until there is a pace.
    pub fn seconds_left(&self) -> Option<f64> {
        (self.done > 0 && self.total > 0).then(|| (self.now_ms - self.started_ms) / self.done as f64 * (self.total - self.done) as f64 / 1000.0)
    }
}

pub enum Outcome {
    Done(Results),
    Failed(Text),
    Cancelled,
}

pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Lets the browser paint and handle input.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(resolve.unchecked_ref());
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

const SLICE_MS: f64 = 40.0;

/// Reads and checks a file, reporting progress; stops at the next slice when `cancel` is set.
pub async fn run(bytes: Arc<Vec<u8>>, name: String, sheet: Option<String>, progress: RwSignal<Option<Progress>>, cancel: Rc<Cell<bool>>) -> Outcome {
    let started_ms = now_ms();
    progress.set(Some(Progress { done: 0, total: 0, started_ms, now_ms: started_ms }));
    yield_now().await;
    let (engine, catalog_missing) = engine().await;
    let opened = match reader::open(&bytes, &name, sheet.as_deref()) {
        Ok(opened) => opened,
        Err(message) => return Outcome::Failed(message),
    };
    let mut results = Results {
        file_name: name.clone(),
        rows: Vec::with_capacity(opened.estimate.min(1 << 20)),
        bytes: bytes.clone(),
        notices: opened.notices,
        sheet_names: opened.sheet_names,
        sheet,
        ..Results::default()
    };
    if catalog_missing.is_some() {
        results.notices.push(Text::new(crate::strings::CATALOG_MISSING.0, crate::strings::CATALOG_MISSING.1));
    }
    let mut total = opened.estimate;
    let mut slice_start = now_ms();
    for item in opened.rows {
        match item {
            Ok((row, listing, cells)) => {
                let report = engine.check(&listing);
                let top = top_category(&engine.catalog, &listing.category_id);
                results.rows.push(results.summary.add(row, &listing, &report, top));
                results.cells.extend(cells);
            }
            Err(line) => results.cells.push(line),
        }
        let now = now_ms();
        if now - slice_start >= SLICE_MS {
            total = total.max(results.rows.len() + 1);
            progress.set(Some(Progress { done: results.rows.len(), total, started_ms, now_ms: now }));
            yield_now().await;
            if cancel.get() {
                return Outcome::Cancelled;
            }
            slice_start = now_ms();
        }
    }
    results.elapsed_ms = now_ms() - started_ms;
    Outcome::Done(results)
}
