//! The evaluation: for one listing, each mode's verdict (eligible, not eligible with every
//! reason, or unknown naming the missing fields), the billable weight, and the delivery promise
//! per destination region. Pure: no clock (the same-day cut-off is stated in the promise), no I/O.

use super::fields::push_field_names;
use super::places::{normalize, MatchKind, OriginMatch};
use super::plausible::{self, TooSmall};
use super::profile::{Basis, Limit, Mode, ModeLimits, ProfileData, ShippingProfile};
use super::restricted::RestrictedHit;
use crate::core::engine::Facts;
use crate::core::listing::Listing;
use crate::core::text::{number, Text};
use crate::tr;
use serde::Serialize;

/// A mode's verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Eligible,
    NotEligible,
    #[default]
    Unknown,
}

/// Why a mode is not available.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The package is over one of the mode's limits.
    OverLimit,
    /// The goods are restricted for the mode.
    Restricted,
    /// Same day does not run from the origin.
    NoSameDayFromOrigin,
    /// The origin is on the islands, which the national courier does not serve.
    OriginInGalapagos,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub text: Text,
    /// True when the number behind the reason is not an official Ecuador figure.
    pub assumption: bool,
}

/// One mode's verdict, with every reason and every missing field.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Verdict {
    pub status: Status,
    pub reasons: Vec<Reason>,
    /// Field paths that must be filled (or fixed) to decide.
    pub missing: Vec<String>,
    /// What the buyer can expect, when eligible.
    pub promise: Option<Text>,
}

impl Verdict {
    fn finish(mut self, promise: impl FnOnce() -> Text) -> Verdict {
        self.missing.dedup();
        self.status = if !self.reasons.is_empty() {
            Status::NotEligible
        } else if !self.missing.is_empty() {
            Status::Unknown
        } else {
            self.promise = Some(promise());
            Status::Eligible
        };
        self
    }

    fn miss(&mut self, fields: &[&str]) {
        for f in fields {
            if !self.missing.iter().any(|m| m == f) {
                self.missing.push(f.to_string());
            }
        }
    }

    pub fn has(&self, kind: ReasonKind) -> bool {
        self.reasons.iter().any(|r| r.kind == kind)
    }
}

/// The delivery promise for one destination region.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegionPromise {
    /// A region id from the profile, or "same_metro" for the origin's own metro area.
    pub region: String,
    pub name: Text,
    /// The mode that serves it, or none ("acordar con el comprador" / not yet known).
    pub mode: Option<Mode>,
    pub status: Status,
    pub promise: Text,
}

/// Promise texts that depend only on the profile, written once when it loads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PromiseTexts {
    /// Where same day runs: "Quito (Quito, Cumbayá, Tumbaco…)".
    pub same_day_places: String,
    pub courier: Text,
    pub galapagos: Text,
    /// Per region id, the courier promise ("Courier, unas 48 h").
    pub courier_by_region: Vec<(String, Text)>,
}

impl PromiseTexts {
    pub fn build(data: &ProfileData) -> PromiseTexts {
        let times = |en: bool| -> String {
            data.regions
                .iter()
                .filter_map(|r| r.courier_hours.as_ref().map(|h| if en { format!("{} {} h", r.name.en, show(h.value).en) } else { format!("{} {} h", r.name.es, show(h.value).es) }))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let (es, en) = (times(false), times(true));
        let (lo, hi) = (show(data.galapagos.days_min.value), show(data.galapagos.days_max.value));
        let (lo_es, hi_es, lo_en, hi_en) = (&lo.es, &hi.es, &lo.en, &hi.en);
        let courier_by_region = data
            .regions
            .iter()
            .filter_map(|r| {
                let h = r.courier_hours.as_ref()?;
                let (hours, (note_es, note_en)) = (show(h.value), basis_note(h));
                let (hours_es, hours_en) = (&hours.es, &hours.en);
                Some((r.id.clone(), tr!("Courier, unas {hours_es} h{note_es}", "Courier, about {hours_en} h{note_en}")))
            })
            .collect();
        PromiseTexts {
            same_day_places: same_day_places(data),
            courier: tr!("Courier a todo el continente, unas: {es}", "Courier to the whole mainland, about: {en}"),
            galapagos: tr!(
                "De {lo_es} a {hi_es} días (régimen especial; la carga pasa el control de bioseguridad de Galápagos)",
                "{lo_en} to {hi_en} days (special regime; cargo goes through the Galápagos biosecurity control)"
            ),
            courier_by_region,
        }
    }
}

/// A box far bigger than its contents: the seller pays for air.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OversizedBox {
    pub actual_weight_g: f64,
    pub volumetric_weight_g: f64,
    /// The largest box volume (litres) whose volumetric weight does not exceed the actual one.
    pub max_volume_l: f64,
}

/// Everything the shipping evaluation found for one listing.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ShippingReport {
    pub same_day: Verdict,
    pub courier: Verdict,
    pub galapagos: Verdict,
    pub actual_weight_g: Option<f64>,
    pub volumetric_weight_g: Option<f64>,
    /// The greater of actual and volumetric weight; what carriers charge and limit.
    pub billable_weight_g: Option<f64>,
    pub origin: Option<OriginMatch>,
    pub restricted: Vec<RestrictedHit>,
    pub too_small: Option<TooSmall>,
    pub oversized_box: Option<OversizedBox>,
    pub promises: Vec<RegionPromise>,
    /// No mode applies: the seller must agree the delivery with the buyer.
    pub arrange_with_buyer: bool,
}

impl ShippingReport {
    pub fn verdict(&self, mode: Mode) -> &Verdict {
        match mode {
            Mode::SameDay => &self.same_day,
            Mode::Courier => &self.courier,
            Mode::Galapagos => &self.galapagos,
        }
    }

    /// The modes the package is eligible for.
    pub fn eligible_modes(&self) -> Vec<Mode> {
        Mode::ALL.into_iter().filter(|m| self.verdict(*m).status == Status::Eligible).collect()
    }
}

/// The package as numbers: what is known, and which fields to fill when something is not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Package {
    pub weight_g: Option<f64>,
    pub dims_cm: Option<[f64; 3]>,
    pub weight_fields: Vec<&'static str>,
    pub dims_fields: Vec<&'static str>,
}

fn usable(v: f64) -> Option<f64> {
    (v.is_finite() && v >= 0.0).then_some(v)
}

impl Package {
    /// From the engine's facts; unreadable or impossible values count as missing.
    pub fn from_facts(listing: &Listing, facts: &Facts) -> Package {
        let weight_g = facts.weight_g.and_then(usable);
        let dims_cm = facts.dims_cm.filter(|d| d.iter().all(|v| usable(*v).is_some()));
        let (weight_fields, dims_fields) = if facts.package_field == "shipping.dimensions" {
            (vec!["shipping.dimensions"], vec!["shipping.dimensions"])
        } else {
            let s = &listing.shipping;
            let dims: Vec<&'static str> = [("shipping.length", &s.length), ("shipping.width", &s.width), ("shipping.height", &s.height)]
                .into_iter()
                .filter(|(field, value)| value.trim().is_empty() || facts.error(field).is_some())
                .map(|(field, _)| field)
                .collect();
            let dims = if dims.is_empty() { vec!["shipping.length", "shipping.width", "shipping.height"] } else { dims };
            (vec!["shipping.weight"], dims)
        };
        Package { weight_g, dims_cm, weight_fields, dims_fields }
    }

    /// L × W × H / divisor, in grams.
    pub fn volumetric_g(&self, divisor: f64) -> Option<f64> {
        let [l, w, h] = self.dims_cm?;
        usable(l * w * h * 1000.0 / divisor)
    }

    /// The greater of actual and volumetric weight.
    pub fn billable_g(&self, divisor: f64) -> Option<f64> {
        Some(self.weight_g?.max(self.volumetric_g(divisor)?))
    }

    fn sorted_dims(&self) -> Option<[f64; 3]> {
        let mut d = self.dims_cm?;
        d.sort_by(|a, b| b.total_cmp(a));
        Some(d)
    }
}

/// `value` is over `max`, allowing for rounding in unit conversions (0,3 m is 30.000000000000004 cm).
pub fn over(value: f64, max: f64) -> bool {
    value > max + max.abs() * 1e-9 + 1e-9
}

/// What the seller is told about a number's provenance, in Spanish and English.
fn basis_note(limit: &Limit) -> (&'static str, &'static str) {
    match limit.basis {
        Basis::Documented => ("", ""),
        Basis::Analogue => (" (referencia de otro país, valor editable)", " (another country's figure, editable)"),
        Basis::Assumption => (" (supuesto editable, no es una regla oficial)", " (editable assumption, not an official rule)"),
    }
}

/// A measure for display in each language, to one decimal at most ("24,5" / "24.5", "30").
fn show(v: f64) -> Text {
    number(v, 1)
}

/// Grams as kilograms for display.
fn kg(g: f64) -> Text {
    show(g / 1000.0)
}

/// A size measure of a package whose sides are sorted longest first.
type Measure = fn([f64; 3]) -> f64;

/// Adds a reason for every limit the package is over, and the fields it lacks to decide.
fn check_limits(limits: &ModeLimits, pkg: &Package, divisor: f64, v: &mut Verdict) {
    // Which fields are missing, noted here and listed once at the end (weight first).
    let (mut need_weight, mut need_dims) = (false, false);
    let billable = pkg.billable_g(divisor);
    if let Some(limit) = &limits.max_weight_g {
        let max = limit.value;
        let (note_es, note_en) = basis_note(limit);
        match (billable, pkg.weight_g) {
            (Some(b), _) if over(b, max) => {
                let (b, m) = (kg(b), kg(max));
                let (b_es, m_es, b_en, m_en) = (&b.es, &m.es, &b.en, &m.en);
                v.reasons.push(Reason {
                    kind: ReasonKind::OverLimit,
                    text: tr!(
                        "Peso facturable {b_es} kg: supera el máximo de {m_es} kg{note_es}",
                        "Billable weight {b_en} kg is over the {m_en} kg maximum{note_en}"
                    ),
                    assumption: limit.basis != Basis::Documented,
                });
            }
            (Some(_), _) => {}
            (None, Some(actual)) if over(actual, max) => {
                let (a, m) = (kg(actual), kg(max));
                let (a_es, m_es, a_en, m_en) = (&a.es, &m.es, &a.en, &m.en);
                v.reasons.push(Reason {
                    kind: ReasonKind::OverLimit,
                    text: tr!("Peso {a_es} kg: supera el máximo de {m_es} kg{note_es}", "Weight {a_en} kg is over the {m_en} kg maximum{note_en}"),
                    assumption: limit.basis != Basis::Documented,
                });
            }
            (None, Some(_)) => need_dims = true,
            (None, None) => {
                need_weight = true;
                need_dims |= pkg.dims_cm.is_none();
            }
        }
    }
    let measures: [(&Option<Limit>, Measure, (&str, &str)); 3] = [
        (&limits.max_side_cm, |d| d[0], ("Lado más largo", "Longest side")),
        (&limits.max_sum_of_sides_cm, |d| d[0] + d[1] + d[2], ("Suma de lados", "Sum of sides")),
        (&limits.max_length_plus_girth_cm, |d| d[0] + 2.0 * d[1] + 2.0 * d[2], ("Largo + 2×ancho + 2×alto", "Length + 2×width + 2×height")),
    ];
    for (limit, measure, (name_es, name_en)) in measures {
        let Some(limit) = limit else { continue };
        let Some(dims) = pkg.sorted_dims() else {
            need_dims = true;
            continue;
        };
        let value = measure(dims);
        if over(value, limit.value) {
            let (got, max, (note_es, note_en)) = (show(value), show(limit.value), basis_note(limit));
            let (got_es, max_es, got_en, max_en) = (&got.es, &max.es, &got.en, &max.en);
            v.reasons.push(Reason {
                kind: ReasonKind::OverLimit,
                text: tr!("{name_es} {got_es} cm: supera el máximo de {max_es} cm{note_es}", "{name_en} {got_en} cm is over the {max_en} cm maximum{note_en}"),
                assumption: limit.basis != Basis::Documented,
            });
        }
    }
    if need_weight {
        v.miss(&pkg.weight_fields);
    }
    if need_dims {
        v.miss(&pkg.dims_fields);
    }
}

fn check_restricted(hits: &[RestrictedHit], mode: Mode, v: &mut Verdict) {
    for hit in hits.iter().filter(|h| h.modes.contains(&mode)) {
        let (name_es, name_en, why_es, why_en) = (&hit.name.es, &hit.name.en, &hit.reason.es, &hit.reason.en);
        v.reasons.push(Reason {
            kind: ReasonKind::Restricted,
            text: tr!("{name_es}: {why_es}", "{name_en}: {why_en}"),
            assumption: false,
        });
    }
}

/// Where same day runs, for the seller who is elsewhere: "Quito (Quito, Cumbayá, Tumbaco…)".
fn same_day_places(data: &ProfileData) -> String {
    let list: Vec<String> = data
        .metros
        .iter()
        .filter(|m| m.same_day)
        .map(|m| {
            let few: Vec<&str> = m.cities.iter().take(6).map(String::as_str).collect();
            format!("{} ({}…)", m.name, few.join(", "))
        })
        .collect();
    list.join("; ")
}

fn same_day(profile: &ShippingProfile, origin: &OriginMatch, pkg: &Package, hits: &[RestrictedHit], divisor: f64) -> Verdict {
    let mut v = Verdict::default();
    let metros = &profile.data.metros;
    let enabled_metro = origin.metro.as_ref().and_then(|name| metros.iter().find(|m| &m.name == name && m.same_day));
    let where_es = &profile.texts.same_day_places;
    let no_same_day = |text: Text| Reason { kind: ReasonKind::NoSameDayFromOrigin, text, assumption: false };
    match origin.kind {
        // A guessed city (a typo Listo corrected) is not reasoned from until the seller confirms it.
        MatchKind::Missing | MatchKind::Unknown | MatchKind::Corrected => v.miss(&["seller_address.city"]),
        MatchKind::ProvinceOnly => {
            let province_has_same_day = origin.province.as_ref().is_some_and(|p| {
                profile.data.provinces.iter().filter(|pr| &pr.name == p).any(|pr| {
                    metros.iter().filter(|m| m.same_day).any(|m| m.cities.iter().any(|c| pr.cities.contains(c)))
                })
            });
            if province_has_same_day {
                v.miss(&["seller_address.city"]);
            } else {
                let p = origin.province.clone().unwrap_or_default();
                v.reasons.push(no_same_day(tr!(
                    "No hay envío en el día desde {p}; está disponible en {where_es}",
                    "No same-day delivery from {p}; it runs in {where_es}"
                )));
            }
        }
        MatchKind::Exact if enabled_metro.is_none() => {
            let city = origin.city.clone().unwrap_or_default();
            let text = match &origin.metro {
                Some(metro) => tr!(
                    "El envío en el día aún no está activo en {metro} (anunciado); hoy está disponible en {where_es}",
                    "Same-day delivery is not active in {metro} yet (announced); today it runs in {where_es}"
                ),
                None => tr!(
                    "No hay envío en el día desde {city}; está disponible en {where_es}",
                    "No same-day delivery from {city}; it runs in {where_es}"
                ),
            };
            v.reasons.push(no_same_day(text));
        }
        MatchKind::Exact => {}
    }
    check_restricted(hits, Mode::SameDay, &mut v);
    check_limits(&profile.data.same_day.limits, pkg, divisor, &mut v);
    let cutoff = &profile.data.same_day.cutoff_hour;
    // Written only when the verdict is eligible.
    v.finish(|| {
        let metro = enabled_metro.map_or("", |m| m.name.as_str());
        let hour = show(cutoff.value);
        let (hour_es, hour_en) = (hour.es, hour.en);
        let (note_es, note_en) = basis_note(cutoff);
        tr!(
            "Llega hoy dentro de {metro} si compran antes de las {hour_es}:00{note_es}; si no, al día siguiente",
            "Arrives today within {metro} if ordered before {hour_en}:00{note_en}; otherwise the next day"
        )
    })
}

fn courier(profile: &ShippingProfile, origin: &OriginMatch, pkg: &Package, hits: &[RestrictedHit], divisor: f64) -> Verdict {
    let mut v = Verdict::default();
    if origin.kind != MatchKind::Corrected && origin.region.as_deref() == Some("galapagos") {
        v.reasons.push(Reason {
            kind: ReasonKind::OriginInGalapagos,
            text: tr!(
                "Desde Galápagos el courier nacional no recoge paquetes (supuesto editable): acuerda el envío con el comprador",
                "The national courier does not collect on the Galápagos islands (editable assumption): arrange delivery with the buyer"
            ),
            assumption: true,
        });
    }
    check_restricted(hits, Mode::Courier, &mut v);
    check_limits(&profile.data.courier.limits, pkg, divisor, &mut v);
    v.finish(|| profile.texts.courier.clone())
}

fn galapagos(profile: &ShippingProfile, pkg: &Package, hits: &[RestrictedHit], divisor: f64) -> Verdict {
    let mut v = Verdict::default();
    check_restricted(hits, Mode::Galapagos, &mut v);
    check_limits(&profile.data.galapagos.limits, pkg, divisor, &mut v);
    v.finish(|| profile.texts.galapagos.clone())
}

/// What a region is told while a verdict waits for fields: "Por confirmar: falta peso".
/// Written once per verdict, not once per region.
fn pending(v: &Verdict) -> Text {
    if v.status != Status::Unknown {
        return Text::default();
    }
    let mut text = Text { es: String::with_capacity(64), en: String::with_capacity(64) };
    text.es.push_str("Por confirmar: falta ");
    text.en.push_str("To be confirmed: missing ");
    push_field_names(&mut text, &v.missing);
    text
}

fn promise_for(region: &str, name: &Text, mode: Mode, v: &Verdict, eligible_text: Option<&Text>, pending: &Text) -> RegionPromise {
    let promise = match v.status {
        Status::Eligible => eligible_text.or(v.promise.as_ref()).cloned().unwrap_or_default(),
        Status::Unknown => pending.clone(),
        Status::NotEligible => Text::new("Acordar con el comprador", "Arrange with the buyer"),
    };
    let mode = (v.status != Status::NotEligible).then_some(mode);
    RegionPromise { region: region.to_string(), name: name.clone(), mode, status: v.status, promise }
}

/// Evaluates every mode for one listing.
pub fn evaluate(listing: &Listing, facts: &Facts, profile: &ShippingProfile) -> ShippingReport {
    let data = &profile.data;
    let divisor = data.volumetric_divisor.value;
    let pkg = Package::from_facts(listing, facts);
    let title = normalize(&listing.title);
    let words: Vec<&str> = title.split(' ').filter(|w| !w.is_empty()).collect();
    let origin = profile.find_origin(&listing.seller_address.city, &listing.seller_address.state);
    let restricted = profile.restricted.matches(&data.restricted, &words, &listing.category_id);
    let too_small = plausible::product(&data.plausible, &profile.plausible, &words, &listing.category_id).and_then(|m| plausible::too_small(m, pkg.dims_cm, pkg.weight_g));
    let volumetric = pkg.volumetric_g(divisor);
    let billable = pkg.billable_g(divisor);
    let oversized_box = match (pkg.weight_g, volumetric) {
        (Some(actual), Some(vol)) if over(vol, actual * data.oversized_box.ratio.value) && vol - actual >= data.oversized_box.min_excess_g.value => {
            Some(OversizedBox { actual_weight_g: actual, volumetric_weight_g: vol, max_volume_l: actual * divisor / 1000.0 / 1000.0 })
        }
        _ => None,
    };

    let same_day = same_day(profile, &origin, &pkg, &restricted, divisor);
    let courier = courier(profile, &origin, &pkg, &restricted, divisor);
    let galapagos = galapagos(profile, &pkg, &restricted, divisor);

    let (courier_pending, galapagos_pending) = (pending(&courier), pending(&galapagos));
    let mut promises = Vec::with_capacity(data.regions.len() + 1);
    if same_day.status == Status::Eligible {
        let metro = origin.metro.clone().unwrap_or_default();
        promises.push(promise_for("same_metro", &tr!("Dentro de {metro}", "Within {metro}"), Mode::SameDay, &same_day, None, &Text::default()));
    }
    for region in &data.regions {
        let p = match &region.courier_hours {
            Some(_) => {
                let text = profile.texts.courier_by_region.iter().find(|(id, _)| id == &region.id).map(|(_, t)| t);
                promise_for(&region.id, &region.name, Mode::Courier, &courier, text, &courier_pending)
            }
            None => promise_for(&region.id, &region.name, Mode::Galapagos, &galapagos, None, &galapagos_pending),
        };
        promises.push(p);
    }
    let arrange_with_buyer = [&same_day, &courier, &galapagos].iter().all(|v| v.status == Status::NotEligible);
    ShippingReport {
        same_day,
        courier,
        galapagos,
        actual_weight_g: pkg.weight_g,
        volumetric_weight_g: volumetric,
        billable_weight_g: billable,
        origin: Some(origin),
        restricted,
        too_small,
        oversized_box,
        promises,
        arrange_with_buyer,
    }
}
