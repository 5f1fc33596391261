//! What the app fetches after its first render: data files (the category catalog) and on-demand
//! modules (the rules catalogue; bulk and workshop later). The post-build hook
//! (`tools/post-build.mjs`) publishes each under a content-hashed name and writes the names into
//! `index.html` as `<meta name="listo:…">` tags, which is how the app finds them; the service
//! worker precaches them all, so they work offline after the first visit.

pub mod catalog;
pub mod module;
#[cfg(not(feature = "verdicts"))]
pub mod verdicts;

/// The value of `<meta name="listo:{name}" content="…">` in the page, if the build wrote it.
pub fn published(name: &str) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector(&format!("meta[name=\"listo:{name}\"]")).ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}
