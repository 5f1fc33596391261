//! The trainer's profile, edited in a form (never raw JSON): a name, each rule's level, the
//! limits, same-day delivery per metro area and the cut-off hour. Every change is kept in this
//! browser (`listo.profile.draft`) and shown as a link and QR code; "Guardar y aplicar" applies it
//! here by opening its own link, the way a participant does; "Descargar archivo" gives the JSON
//! that `listo check --profile` reads, and "Abrir archivo" reads one back.

use crate::dom::{button, el, input, on, qr_image, t};
use listo::core::engine::Limits;
use listo::core::rules::registry;
use listo::core::share::profile::{LimitsWire, ProfileFile, ProfileWire, LEVELS};
use listo::core::share::{link, qr, PROFILE_FRAGMENT};
use listo::core::shipping::ShippingProfile;
use listo::core::text::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

/// Where the form keeps the profile being edited (the applied one is the app's `listo.profile.v1`).
const DRAFT_KEY: &str = "listo.profile.draft";
const ACTIVE_KEY: &str = "listo.profile.v1";

/// The limits, their labels and how each is read: (key, es, en, whole number).
const LIMITS: [(&str, &str, &str, bool); 7] = [
    ("title_max_chars", "Título: máximo de caracteres si la categoría no dice", "Title: maximum characters when the category sets none", true),
    ("title_min_words", "Título: mínimo de palabras", "Title: minimum words", true),
    ("description_min_chars", "Descripción: mínimo de caracteres", "Description: minimum characters", true),
    ("pictures_min_useful", "Fotos: mínimo útil", "Pictures: useful minimum", true),
    ("price_min_plausible", "Precio mínimo creíble (USD)", "Lowest plausible price (USD)", false),
    ("price_max_plausible", "Precio máximo creíble (USD)", "Highest plausible price (USD)", false),
    ("ts_main_min_attributes", "Características mínimas para la meta de Mercado Libre", "Attributes needed for Mercado Libre's goal", true),
];

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn stored(key: &str) -> Option<ProfileWire> {
    ProfileWire::from_stored(&storage()?.get_item(key).ok()??)
}

fn limit_values(l: &LimitsWire) -> [f64; 7] {
    [
        f64::from(l.title_max_chars),
        f64::from(l.title_min_words),
        f64::from(l.description_min_chars),
        f64::from(l.pictures_min_useful),
        l.price_min_plausible,
        l.price_max_plausible,
        f64::from(l.ts_main_min_attributes),
    ]
}

/// Builds the form into `root` in `lang`.
#[wasm_bindgen]
pub fn mount_profile(root: &Element, lang: &str) -> Result<(), JsValue> {
    let lang = Lang::from_code(lang);
    let profile = stored(DRAFT_KEY).or_else(|| stored(ACTIVE_KEY)).unwrap_or_default();
    build(root, crate::dom::page(), lang, &profile)
}

fn build(root: &Element, page: String, lang: Lang, profile: &ProfileWire) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or("no document")?;
    root.set_text_content(None);
    let form = el(&doc, root, "form", "listo-card listo-form listo-profile", "")?;
    form.set_attribute("aria-label", t(lang, "Perfil del capacitador", "Trainer's profile"))?;
    el(&doc, &form, "p", "listo-field__hint", t(lang,
        "Quien abra el enlace de este perfil verá la misma revisión que tú: las mismas reglas, límites y opciones de envío. Siempre puede volver a los valores por defecto.",
        "Whoever opens this profile's link gets the same check as you: the same rules, limits and shipping options. They can always go back to the defaults."))?;
    input(&doc, &form, "profile-name", t(lang, "Nombre del perfil", "Profile name"), "text", &profile.name)?.set_max_length(60);

    let rules = el(&doc, &form, "fieldset", "listo-form__group", "")?;
    el(&doc, &rules, "legend", "", t(lang, "Reglas", "Rules"))?;
    let level_names = [("off", t(lang, "Apagada", "Off")), ("error", "Error"), ("warning", t(lang, "Advertencia", "Warning")), ("tip", t(lang, "Sugerencia", "Tip"))];
    for meta in registry::metas() {
        let field = el(&doc, &rules, "div", "listo-field", "")?;
        let id = format!("profile-rule-{}", meta.code);
        el(&doc, &field, "label", "listo-field__label", &format!("{} · {}", meta.code, meta.message().get(lang)))?.set_attribute("for", &id)?;
        let select: HtmlSelectElement = doc.create_element("select")?.dyn_into()?;
        select.set_id(&id);
        select.set_class_name("listo-field__input");
        let chosen = profile.rules.iter().find(|(s, _)| s == meta.code).and_then(|(_, c)| LEVELS.get(usize::from(*c))).map_or("", |(_, n)| *n);
        let default = format!("{}: {}", t(lang, "Como viene", "As shipped"), meta.severity.label().get(lang));
        for (value, label) in std::iter::once(("", default.as_str())).chain(level_names.iter().copied()) {
            let option = el(&doc, &select, "option", "", label)?;
            option.set_attribute("value", value)?;
            if value == chosen {
                option.set_attribute("selected", "")?;
            }
        }
        field.append_child(&select)?;
    }

    let limits = el(&doc, &form, "fieldset", "listo-form__group", "")?;
    el(&doc, &limits, "legend", "", t(lang, "Límites (valores por defecto editables, no reglas oficiales)", "Limits (editable defaults, not official rules)"))?;
    for ((key, es, en, whole), value) in LIMITS.iter().zip(limit_values(&profile.limits)) {
        let i = input(&doc, &limits, &format!("profile-limit-{key}"), t(lang, es, en), "number", &value.to_string())?;
        i.set_min("0");
        i.set_step(if *whole { "1" } else { "any" });
    }

    let shipping = el(&doc, &form, "fieldset", "listo-form__group", "")?;
    el(&doc, &shipping, "legend", "", t(lang, "Envío", "Shipping"))?;
    let default = ShippingProfile::default();
    for metro in &default.data.metros {
        let on_now = profile.same_day.iter().find(|(n, _)| *n == metro.name).map_or(metro.same_day, |(_, v)| *v);
        let field = el(&doc, &shipping, "div", "listo-field listo-field--check", "")?;
        let id = format!("profile-same-day-{}", metro.name.to_lowercase());
        let check: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
        check.set_type("checkbox");
        check.set_id(&id);
        check.set_checked(on_now);
        field.append_child(&check)?;
        let label = el(&doc, &field, "label", "", &format!("{} {}", t(lang, "Envío en el día en", "Same-day delivery in"), metro.name))?;
        label.set_attribute("for", &id)?;
    }
    let hour = profile.cutoff_hour.map_or(default.data.same_day.cutoff_hour.value, f64::from);
    let cutoff = input(&doc, &shipping, "profile-cutoff", t(lang, "Hora de corte del envío en el día (0–23)", "Same-day cut-off hour (0–23)"), "number", &hour.to_string())?;
    cutoff.set_min("0");
    cutoff.set_max("23");

    let actions = el(&doc, &form, "div", "listo-diag__actions", "")?;
    let apply = button(&doc, &actions, t(lang, "Guardar y aplicar en este dispositivo", "Save and apply on this device"))?;
    let save_file = button(&doc, &actions, t(lang, "Descargar archivo", "Download file"))?;
    let open_file = input(&doc, &form, "profile-file", t(lang, "Abrir archivo de perfil (JSON)", "Open a profile file (JSON)"), "file", "")?;
    open_file.set_accept("application/json,.json");
    let status = el(&doc, &form, "p", "listo-field__hint", "")?;
    status.set_attribute("role", "status")?;
    status.set_attribute("data-testid", "profile-status")?;
    let share = el(&doc, &form, "div", "listo-share", "")?;

    // Every change: read the form, keep it, show its link.
    let extra: Vec<(String, u8)> = profile.rules.iter().filter(|(s, _)| !registry::metas().iter().any(|m| m.code == s)).cloned().collect();
    let refresh = {
        let (doc, status, share, page) = (doc.clone(), status.clone(), share.clone(), page.clone());
        move || -> ProfileWire {
            let (profile, problems) = read_form(&doc, lang, &extra);
            if let Some(s) = storage() {
                let _ = s.set_item(DRAFT_KEY, &profile.to_stored());
            }
            status.set_text_content(Some(&problems.join(" ")));
            let _ = show_link(&doc, &share, &page, &profile, lang);
            profile
        }
    };
    let refresh = std::rc::Rc::new(refresh);
    refresh();
    on(&form, "input", { let r = refresh.clone(); move || { r(); } })?;
    on(&form, "change", { let r = refresh.clone(); move || { r(); } })?;
    on(&apply, "click", {
        let (r, page) = (refresh.clone(), page.clone());
        move || {
            let profile = r();
            if let Some(location) = web_sys::window().map(|w| w.location()) {
                let _ = location.set_hash(&format!("{PROFILE_FRAGMENT}={}", profile.seal()));
            }
            let _ = &page;
        }
    })?;
    on(&save_file, "click", {
        let (r, doc) = (refresh.clone(), doc.clone());
        move || {
            let profile = r();
            let _ = crate::dom::download(&doc, "listo-perfil.json", &profile.to_file_json());
        }
    })?;
    on(&open_file, "change", {
        let (root, open_file, status) = (root.clone(), open_file.clone(), status.clone());
        move || {
            let Some(file) = open_file.files().and_then(|f| f.get(0)) else { return };
            let (root, status, page) = (root.clone(), status.clone(), page.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
                match ProfileFile::from_json(&text) {
                    Ok(file) => {
                        let wire = file.to_wire();
                        if let Some(s) = storage() {
                            let _ = s.set_item(DRAFT_KEY, &wire.to_stored());
                        }
                        let _ = build(&root, page, lang, &wire);
                        if file.unsupported_shipping() {
                            if let Ok(Some(s)) = root.query_selector("[data-testid=profile-status]") {
                                s.set_text_content(Some(t(lang,
                                    "El archivo cambia otros valores de envío (límites, lugares) que este formulario y el enlace no llevan: para esos, usa el archivo con listo check --profile.",
                                    "The file changes other shipping values (limits, places) that this form and the link do not carry: for those, use the file with listo check --profile.")));
                            }
                        }
                    }
                    Err(e) => status.set_text_content(Some(&format!("{}: {}", t(lang, "No se pudo leer el archivo", "The file could not be read"), e.get(lang)))),
                }
            });
        }
    })?;
    Ok(())
}

/// The profile the form shows, and what in it could not be read (each naming its field; the
/// default is used there).
fn read_form(doc: &Document, lang: Lang, extra: &[(String, u8)]) -> (ProfileWire, Vec<String>) {
    let value = |id: &str| -> Option<String> {
        let e = doc.get_element_by_id(id)?;
        e.clone().dyn_into::<HtmlInputElement>().map(|i| i.value()).or_else(|_| e.dyn_into::<HtmlSelectElement>().map(|s| s.value())).ok()
    };
    let label_of = |id: &str| doc.query_selector(&format!("label[for=\"{id}\"]")).ok().flatten().and_then(|l| l.text_content()).unwrap_or_default();
    let mut problems = Vec::new();
    let mut rules: Vec<(String, u8)> = registry::metas()
        .iter()
        .filter_map(|m| {
            let chosen = value(&format!("profile-rule-{}", m.code))?;
            let code = LEVELS.iter().position(|(_, n)| *n == chosen)?;
            Some((m.code.to_string(), code as u8))
        })
        .collect();
    rules.extend_from_slice(extra);

    let defaults = limit_values(&LimitsWire::from(&Limits::default()));
    let mut numbers = defaults;
    for (i, (key, _, _, whole)) in LIMITS.iter().enumerate() {
        let id = format!("profile-limit-{key}");
        let typed = value(&id).unwrap_or_default().trim().replace(',', ".");
        match typed.parse::<f64>() {
            Ok(n) if n.is_finite() && n >= 0.0 && (!whole || (n.fract() == 0.0 && n <= 100_000.0)) => numbers[i] = n,
            _ => problems.push(if lang == Lang::Es {
                format!("«{}»: «{typed}» no es un número válido; se usa el valor por defecto ({}).", label_of(&id), defaults[i])
            } else {
                format!("“{}”: “{typed}” is not a valid number; the default ({}) is used.", label_of(&id), defaults[i])
            }),
        }
    }
    let whole = |n: f64| n as u32;
    let limits = LimitsWire {
        title_max_chars: whole(numbers[0]),
        title_min_words: whole(numbers[1]),
        description_min_chars: whole(numbers[2]),
        pictures_min_useful: whole(numbers[3]),
        price_min_plausible: numbers[4],
        price_max_plausible: numbers[5],
        ts_main_min_attributes: whole(numbers[6]),
    };

    let default = ShippingProfile::default();
    let same_day = default
        .data
        .metros
        .iter()
        .filter_map(|m| {
            let check = doc.get_element_by_id(&format!("profile-same-day-{}", m.name.to_lowercase()))?.dyn_into::<HtmlInputElement>().ok()?;
            (check.checked() != m.same_day).then(|| (m.name.clone(), check.checked()))
        })
        .collect();
    let default_hour = default.data.same_day.cutoff_hour.value;
    let typed = value("profile-cutoff").unwrap_or_default();
    let cutoff_hour = match typed.trim().parse::<u8>() {
        Ok(h) if h <= 23 => (f64::from(h) != default_hour).then_some(h),
        _ => {
            problems.push(if lang == Lang::Es {
                format!("«{}»: «{typed}» no es una hora entre 0 y 23; se usa {default_hour}.", label_of("profile-cutoff"))
            } else {
                format!("“{}”: “{typed}” is not an hour from 0 to 23; {default_hour} is used.", label_of("profile-cutoff"))
            });
            None
        }
    };
    let name = value("profile-name").unwrap_or_default().trim().chars().take(60).collect();
    (ProfileWire { name, rules, limits, same_day, cutoff_hour }, problems)
}

/// The profile's link, "Copiar enlace" and its QR code, rebuilt into `area`.
fn show_link(doc: &Document, area: &Element, page: &str, profile: &ProfileWire, lang: Lang) -> Result<(), JsValue> {
    area.set_text_content(None);
    let full = link(page, PROFILE_FRAGMENT, &profile.seal());
    let i = input(doc, area, "profile-link", t(lang, "Enlace del perfil", "Profile link"), "text", &full)?;
    i.set_read_only(true);
    let copy = button(doc, area, t(lang, "Copiar enlace", "Copy link"))?;
    let status = el(doc, area, "p", "listo-field__hint", "")?;
    status.set_attribute("role", "status")?;
    on(&copy, "click", {
        let (i, full, status) = (i.clone(), full.clone(), status.clone());
        move || {
            i.select();
            let status = status.clone();
            crate::dom::copy(&full, move |ok| {
                status.set_text_content(Some(if ok { t(lang, "Enlace copiado.", "Link copied.") } else { t(lang, "El enlace está seleccionado: cópialo con el menú o Ctrl+C.", "The link is selected: copy it with the menu or Ctrl+C.") }));
            });
        }
    })?;
    match qr::qr(&full) {
        Some(q) => {
            el(doc, area, "p", "listo-field__hint", &if lang == Lang::Es {
                format!("{} caracteres · código QR versión {} ({}×{} módulos)", full.chars().count(), q.version, q.modules, q.modules)
            } else {
                format!("{} characters · QR code version {} ({}×{} modules)", full.chars().count(), q.version, q.modules, q.modules)
            })?;
            qr_image(doc, area, &q.svg, t(lang, "Código QR del enlace del perfil", "QR code of the profile link"))?.set_attribute("data-qr-version", &q.version.to_string())?;
        }
        None => {
            el(doc, area, "p", "listo-notice listo-notice--warning", t(lang, "Este perfil es demasiado largo para un código QR legible: comparte el enlace o el archivo.", "This profile is too long for a readable QR code: share the link or the file."))?;
        }
    }
    Ok(())
}
