//! The category card: the chosen category (with its path), the three categories the title
//! suggests with their confidence and the words that drove each, "Usar esta categoría", the
//! branch they agree on when they are unsure of the leaf ("elige la más específica", see
//! `core::catalog::branch`), a searchable picker over the tree's leaves, and loading a fresh
//! `/sites/MEC/categories` export.

use crate::core::catalog::Catalog;
use crate::core::fold::fold;
use crate::core::text::Text;
use crate::ui::i18n;
use crate::ui::state::transfer::{Reply, TreeReply};
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How many search results to show.
const SEARCH_RESULTS: usize = 8;

#[component]
pub fn CategoryCard() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let catalog = move || editor.catalog();
    // The text the classifier reads: title, brand and model, as the engine's rule does.
    let suggestions = Memo::new(move |_| {
        let text = editor.listing().with(|l| {
            let mut t = l.title.clone();
            for id in ["BRAND", "MODEL"] {
                if let Some(v) = l.attribute(id) {
                    t.push(' ');
                    t.push_str(v);
                }
            }
            t
        });
        let catalog = catalog();
        // No suggestion from data that has not arrived (the card says it is loading).
        if text.trim().is_empty() || !catalog.is_ready() {
            return (Vec::new(), None);
        }
        let classification = catalog.classify(&text);
        let tree = &catalog.tree;
        let top = classification
            .top(3)
            .iter()
            .map(|s| (tree.display_id(s.index), tree.path_names(s.index), s.confidence, s.because.clone()))
            .collect::<Vec<_>>();
        let branch = classification.branch(tree).map(|b| BranchView {
            path: tree.path_names(b.node),
            confidence: b.confidence,
            leaves: b.leaves.iter().map(|&l| (tree.display_id(l), b.leaf_name(tree, l))).collect(),
            more: b.total.saturating_sub(b.leaves.len()),
        });
        (top, branch)
    });
    let chosen = move || {
        let id = editor.value("category_id");
        let catalog = catalog();
        if !catalog.is_ready() && !id.trim().is_empty() {
            // The tree is on its way: show the code as typed, without a verdict.
            return Some((id.trim().to_string(), "…".to_string()));
        }
        catalog.tree.find(&id).map(|i| (catalog.tree.display_id(i), catalog.tree.path_names(i)))
    };
    let query = RwSignal::new(String::new());
    let results = Memo::new(move |_| search(&catalog(), &query.get()));
    let load_message = RwSignal::new(None::<(bool, Text)>);
    let on_load = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
            let reply = crate::ui::lazy::module::ask::<TreeReply>("import", "load_category_tree", text).await;
            load_message.set(Some(match reply {
                Reply::Ok(tree) => match editor.catalog().with_loaded_tree(&tree.compact, &tree.title_max) {
                    Ok(c) => {
                        editor.replace_catalog(Arc::new(c));
                        (true, Text::new(i18n::CATEGORY_LOADED.0, i18n::CATEGORY_LOADED.1))
                    }
                    Err(e) => (false, e),
                },
                Reply::Err(e) => (false, e),
            }));
        });
    };
    view! {
        <section class="listo-category" aria-labelledby="category-heading" data-testid="category-card">
            <h3 id="category-heading">{i18n::text(lang, i18n::CATEGORY_HEADING)}</h3>
            <p class="listo-category__chosen">
                {move || match chosen() {
                    Some((id, path)) => view! { <strong>{i18n::CATEGORY_CHOSEN.get(lang.get())} ": "</strong> {path} " (" <code>{id}</code> ")" }.into_any(),
                    None => view! { <span>{i18n::CATEGORY_NONE.get(lang.get())}</span> }.into_any(),
                }}
            </p>
            {move || (!catalog().is_ready()).then(|| view! {
                <p class="listo-field__hint" role="status" data-testid="category-loading">
                    {move || match editor.catalog_error.get() {
                        Some(e) => e.get(lang.get()).to_string(),
                        None => i18n::CATEGORY_LOADING.get(lang.get()).to_string(),
                    }}
                </p>
            })}
            {move || {
                let list = suggestions.with(|(top, _)| top.clone());
                (!list.is_empty()).then(|| view! {
                    <h4>{i18n::CATEGORY_SUGGESTED.get(lang.get())}</h4>
                    <ul class="listo-category__list">
                        {list.into_iter().map(|(id, path, confidence, because)| {
                            let chosen_id = id.clone();
                            let because = because.join(", ");
                            view! {
                                <li class="listo-category__item">
                                    <p><strong>{path}</strong> " " <code>{id.clone()}</code></p>
                                    <p class="listo-field__hint">
                                        {format!("{:.0}% {}", confidence * 100.0, i18n::CONFIDENCE.get(lang.get()))}
                                        {(!because.is_empty()).then(|| format!(" · {} «{because}»", i18n::CATEGORY_BECAUSE.get(lang.get())))}
                                    </p>
                                    <button type="button" class="listo-button listo-button--small"
                                        on:click=move |_| editor.set("category_id", chosen_id.clone())>
                                        {i18n::CATEGORY_USE.get(lang.get())}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
            {move || suggestions.with(|(_, branch)| branch.clone()).map(branch_choice)}
            <div class="listo-field">
                <label for="category-search" class="listo-field__label">{i18n::text(lang, i18n::CATEGORY_SEARCH)}</label>
                <span id="category-search-hint" class="listo-field__hint">{i18n::text(lang, i18n::CATEGORY_SEARCH_HINT)}</span>
                <input id="category-search" class="listo-field__input" type="search" autocomplete="off"
                    aria-describedby="category-search-hint" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev)) />
                <ul class="listo-category__results">
                    {move || results.get().into_iter().map(|(id, path)| {
                        let chosen_id = id.clone();
                        view! {
                            <li>
                                <button type="button" class="listo-link-button"
                                    on:click=move |_| { editor.set("category_id", chosen_id.clone()); query.set(String::new()); }>
                                    {path} " (" {id} ")"
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
            <details class="listo-category__about">
                <summary>{i18n::text(lang, i18n::CATEGORY_LOAD)}</summary>
                <p class="listo-field__hint">{move || catalog().about().get(lang.get()).to_string()}</p>
                <label for="category-tree-file" class="listo-field__label">{i18n::text(lang, i18n::CATEGORY_LOAD)}</label>
                <input id="category-tree-file" class="listo-field__input" type="file" accept=".json,application/json" on:change=on_load
                    prop:disabled=move || !catalog().is_ready() />
                {move || load_message.get().map(|(ok, text)| view! {
                    <p class=if ok { "listo-notice listo-notice--info" } else { "listo-notice listo-notice--error" } role="status">
                        {text.get(lang.get()).to_string()}
                    </p>
                })}
            </details>
        </section>
    }
}

/// The branch the suggestions agree on, for [`branch_choice`].
#[derive(Clone, Debug, PartialEq)]
struct BranchView {
    path: String,
    confidence: f32,
    /// (display id, names below the branch), likeliest first.
    leaves: Vec<(String, String)>,
    /// The branch's leaves not listed.
    more: usize,
}

/// "Elige la más específica": the branch named with its likeliest leaves, each a button that
/// chooses it. A plain function, not a component: a component's props builder costs wasm.
fn branch_choice(branch: BranchView) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let BranchView { path, confidence, leaves, more } = branch;
    view! {
        <div class="listo-category__branch" data-testid="category-branch">
            <h4>{i18n::text(lang, i18n::CATEGORY_BRANCH)}</h4>
            <p class="listo-field__hint">
                {i18n::text(lang, i18n::CATEGORY_BRANCH_AGREE)} <strong>{path}</strong> {i18n::text(lang, i18n::CATEGORY_BRANCH_CLOSE)}
                {format!(" ({:.0}%), ", confidence * 100.0)}
                {i18n::text(lang, i18n::CATEGORY_BRANCH_UNSURE)}
            </p>
            <ul class="listo-category__results">
                {leaves.into_iter().map(|(id, name)| {
                    let chosen_id = id.clone();
                    view! {
                        <li>
                            <button type="button" class="listo-link-button" on:click=move |_| editor.set("category_id", chosen_id.clone())>
                                {name} " (" {id} ")"
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(more > 0).then(|| view! { <p class="listo-field__hint">{format!("+{more} ")} {i18n::text(lang, i18n::CATEGORY_BRANCH_MORE)}</p> })}
        </div>
    }
}

/// Leaf categories whose path contains every word of the query (accents and case ignored).
fn search(catalog: &Catalog, query: &str) -> Vec<(String, String)> {
    let words: Vec<String> = fold(query).split_whitespace().filter(|w| w.len() >= 3).map(str::to_string).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let tree = &catalog.tree;
    (0..tree.len() as u32)
        .filter(|&i| tree.is_leaf(i))
        .filter_map(|i| {
            let path = tree.path_names(i);
            let folded = fold(&path);
            words.iter().all(|w| folded.contains(w.as_str())).then(|| (tree.display_id(i), path))
        })
        .take(SEARCH_RESULTS)
        .collect()
}
