//! Pictures: the seller picks image files (or takes a photo on a phone). The browser measures
//! each one — format, bytes, pixel size, and whether the cover's border is near-white — and shows
//! a thumbnail. Nothing is uploaded: only the measurements are kept in the draft.

use crate::core::listing::Picture;
use crate::ui::components::field::{dom_id, FieldMessages};
use crate::ui::i18n;
use crate::ui::state::editor::use_editor;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Object URLs of this session's thumbnails, by picture source. Not saved: a reloaded draft keeps
/// the measurements and shows the file name instead.
#[derive(Clone, Copy)]
struct Thumbnails(RwSignal<Vec<(String, String)>>);

#[component]
pub fn PicturesField() -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let thumbs = Thumbnails(RwSignal::new(Vec::new()));
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(files) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        // One task, in selection order, so the first file picked stays the cover.
        spawn_local(async move {
            for file in files {
                let (picture, url) = measure(&file).await;
                if let Some(url) = url {
                    thumbs.0.update(|t| t.push((picture.source.clone(), url)));
                }
                editor.edit(|l| l.pictures.push(picture));
            }
        });
    };
    let pictures = move || editor.listing().with(|l| l.pictures.clone());
    view! {
        <div class="listo-field">
            <label for="field-pictures" class="listo-field__label">{i18n::text(lang, i18n::PICTURES)}</label>
            <span id="field-pictures-hint" class="listo-field__hint">{i18n::text(lang, i18n::PICTURES_HINT)}</span>
            <input id="field-pictures" class="listo-field__input listo-pictures__input" type="file"
                accept="image/jpeg,image/png,image/*" multiple aria-describedby="field-pictures-hint field-pictures-msgs"
                on:change=on_change />
            <FieldMessages path="pictures" />
            <ol class="listo-pictures">
                {move || pictures().into_iter().enumerate().map(|(i, p)| view! {
                    <PictureCard index=i picture=p thumbs=thumbs />
                }).collect_view()}
            </ol>
        </div>
    }
}

#[component]
fn PictureCard(index: usize, picture: Picture, thumbs: Thumbnails) -> impl IntoView {
    let editor = use_editor();
    let lang = editor.lang;
    let url = thumbs.0.with_untracked(|t| t.iter().find(|(s, _)| *s == picture.source).map(|(_, u)| u.clone()));
    let path = format!("pictures[{index}]");
    let id = dom_id(&path);
    let facts = describe(&picture);
    let name = picture.source.clone();
    view! {
        <li class="listo-picture" id=id>
            {match url {
                Some(url) => view! { <img class="listo-picture__thumb" src=url alt=name.clone() /> }.into_any(),
                None => view! { <div class="listo-picture__thumb listo-picture__thumb--none" aria-hidden="true">"🖼"</div> }.into_any(),
            }}
            <div class="listo-picture__info">
                <p class="listo-picture__name">
                    {(index == 0).then(|| view! { <strong>{i18n::text(lang, i18n::PICTURE_COVER)} ": "</strong> })}
                    {name}
                </p>
                <p class="listo-picture__facts">{facts}</p>
                <FieldMessages path=path />
            </div>
            <button type="button" class="listo-button listo-button--quiet listo-button--small"
                on:click=move |_| editor.edit(|l| { if index < l.pictures.len() { l.pictures.remove(index); } })>
                {i18n::text(lang, i18n::PICTURE_REMOVE)}
            </button>
        </li>
    }
}

/// "1200 × 900 px · 340 KB · JPG"
fn describe(p: &Picture) -> String {
    let mut parts = Vec::new();
    if let (Some(w), Some(h)) = (p.width, p.height) {
        parts.push(format!("{w} × {h} px"));
    }
    if let Some(b) = p.bytes {
        parts.push(if b >= 1_000_000 { format!("{:.1} MB", b as f64 / 1_000_000.0) } else { format!("{} KB", b.div_ceil(1000)) });
    }
    if let Some(f) = &p.format {
        parts.push(f.to_uppercase());
    }
    parts.join(" · ")
}

/// Reads one file's measurements and makes a thumbnail URL. A file the browser cannot decode
/// keeps its name, size and format, so the rules can say what is wrong with it.
async fn measure(file: &web_sys::File) -> (Picture, Option<String>) {
    let mut picture = Picture {
        source: file.name(),
        bytes: Some(file.size() as u64),
        format: format_of(&file.type_(), &file.name()),
        ..Picture::default()
    };
    let Some(window) = web_sys::window() else { return (picture, None) };
    let Ok(promise) = window.create_image_bitmap_with_blob(file) else { return (picture, None) };
    let Ok(bitmap) = wasm_bindgen_futures::JsFuture::from(promise).await else { return (picture, None) };
    let Ok(bitmap) = bitmap.dyn_into::<web_sys::ImageBitmap>() else { return (picture, None) };
    picture.width = Some(bitmap.width());
    picture.height = Some(bitmap.height());
    picture.white_border = white_border(&bitmap);
    bitmap.close();
    let url = web_sys::Url::create_object_url_with_blob(file).ok();
    (picture, url)
}

fn format_of(mime: &str, name: &str) -> Option<String> {
    let from_mime = match mime {
        "image/jpeg" => Some("jpg"),
        "image/png" => Some("png"),
        "image/webp" => Some("webp"),
        "image/gif" => Some("gif"),
        "image/heic" | "image/heif" => Some("heic"),
        _ => None,
    };
    from_mime
        .map(str::to_string)
        .or_else(|| name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()))
}

/// Draws the picture at 48×48 and checks its outer ring: near-white (every channel ≥ 235) on at
/// least 90% of the ring counts as a white background. Cheap: 188 pixels.
fn white_border(bitmap: &web_sys::ImageBitmap) -> Option<bool> {
    const N: u32 = 48;
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(N);
    canvas.set_height(N);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, N as f64, N as f64).ok()?;
    let data = ctx.get_image_data(0.0, 0.0, N as f64, N as f64).ok()?.data();
    let (mut white, mut total) = (0u32, 0u32);
    for y in 0..N {
        for x in 0..N {
            if x != 0 && y != 0 && x != N - 1 && y != N - 1 {
                continue;
            }
            let i = ((y * N + x) * 4) as usize;
            let px = data.get(i..i + 3)?;
            total += 1;
            if px.iter().all(|c| *c >= 235) {
                white += 1;
            }
        }
    }
    Some(white * 10 >= total * 9)
}
