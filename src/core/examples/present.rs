//! The presenter's step mode, as pure state so it is tested natively: the trainer reveals one
//! problem at a time (→), applies its fix live (F) and watches the score climb; ← undoes the
//! last step. A fix is the rule's own safe fix where it has one and it solves the problem; else
//! the example's "after" value for that field (a picture problem takes the "after" pictures, a
//! package or origin problem the "after" shipping or address).

use super::Example;
use crate::core::diagnostic::{Applicability, Diagnostic};
use crate::core::engine::{Engine, Report};
use crate::core::listing::{field, Listing};

/// A problem's identity across re-checks: its rule code and field.
pub type Key = (String, String);

fn key(d: &Diagnostic) -> Key {
    (d.code.clone(), d.field.clone())
}

/// How a problem was fixed, for the screen ("Corrección de la regla" / "Valor del después").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixKind {
    /// The rule's safe fix.
    Rule,
    /// The "after" version's value for the field.
    After,
    /// Nothing above solved it, so the whole "after" listing was taken (the gallery's tests
    /// check that this never happens with the examples).
    WholeAfter,
}

/// One moment of the presentation.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    listing: Listing,
    revealed: Vec<Key>,
    last_fix: Option<FixKind>,
    /// The problems fixed so far, in order (shown ticked off).
    fixed: Vec<Diagnostic>,
}

/// The presentation of one example.
#[derive(Clone, Debug)]
pub struct Presenter {
    after: Listing,
    steps: Vec<Step>,
    report: Report,
}

impl Presenter {
    /// Starts on the example's "before" with no problem revealed.
    pub fn new(example: &Example, engine: &Engine) -> Presenter {
        let report = engine.check(&example.before);
        Presenter { after: example.after.clone(), steps: vec![Step { listing: example.before.clone(), revealed: Vec::new(), last_fix: None, fixed: Vec::new() }], report }
    }

    fn step(&self) -> &Step {
        // `steps` is never empty: `new` pushes one and `back` keeps the first.
        &self.steps[self.steps.len() - 1]
    }

    /// The listing as it stands.
    pub fn listing(&self) -> &Listing {
        &self.step().listing
    }

    /// Its check (every problem, revealed or not: the score is the real one).
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The revealed problems still present, in the report's order.
    pub fn revealed(&self) -> Vec<&Diagnostic> {
        let step = self.step();
        self.report.diagnostics.iter().filter(|d| step.revealed.contains(&key(d))).collect()
    }

    /// The problem F fixes: the most recently revealed one still present.
    pub fn current(&self) -> Option<&Diagnostic> {
        let step = self.step();
        step.revealed.iter().rev().find_map(|k| self.report.diagnostics.iter().find(|d| &key(d) == k))
    }

    /// Problems not revealed yet.
    pub fn hidden(&self) -> usize {
        self.report.diagnostics.len() - self.revealed().len()
    }

    /// How the last fix was made, if the last step was a fix.
    pub fn last_fix(&self) -> Option<FixKind> {
        self.step().last_fix
    }

    /// The problems fixed so far, in order.
    pub fn fixed(&self) -> &[Diagnostic] {
        &self.step().fixed
    }

    /// How many steps can be undone.
    pub fn depth(&self) -> usize {
        self.steps.len() - 1
    }

    /// → : reveals the next problem. False when every problem is already shown.
    pub fn reveal(&mut self) -> bool {
        let step = self.step();
        let Some(d) = self.report.diagnostics.iter().find(|d| !step.revealed.contains(&key(d))) else { return false };
        let mut revealed = step.revealed.clone();
        revealed.push(key(d));
        let (listing, fixed) = (step.listing.clone(), step.fixed.clone());
        self.steps.push(Step { listing, revealed, last_fix: None, fixed });
        true
    }

    /// ← : undoes the last step. False at the start.
    pub fn back(&mut self, engine: &Engine) -> bool {
        if self.steps.len() <= 1 {
            return false;
        }
        self.steps.pop();
        self.report = engine.check(&self.step().listing);
        true
    }

    /// F : fixes the current problem (see [`Presenter::current`]). None when no problem is shown.
    pub fn fix(&mut self, engine: &Engine) -> Option<FixKind> {
        let d = self.current()?.clone();
        let step = self.step();
        let (listing, kind) = fixed(&step.listing, &self.after, &d, engine);
        let revealed = step.revealed.clone();
        let mut fixed_so_far = step.fixed.clone();
        fixed_so_far.push(d);
        self.report = engine.check(&listing);
        self.steps.push(Step { listing, revealed, last_fix: Some(kind), fixed: fixed_so_far });
        Some(kind)
    }
}

/// `current` with the problem `d` fixed, and how.
pub fn fixed(current: &Listing, after: &Listing, d: &Diagnostic, engine: &Engine) -> (Listing, FixKind) {
    let gone = |l: &Listing| !engine.check(l).diagnostics.iter().any(|x| key(x) == key(d));
    if let Some(fix) = d.fix.as_ref().filter(|f| f.applicability == Applicability::Safe) {
        let mut l = current.clone();
        if field::apply(&mut l, &fix.edits).is_ok() && gone(&l) {
            return (l, FixKind::Rule);
        }
    }
    let mut l = current.clone();
    take_from_after(&mut l, after, &d.field);
    if gone(&l) {
        return (l, FixKind::After);
    }
    // A requirement of the wrong category (an attribute only that category asks for) goes away
    // with the right category.
    if l.category_id != after.category_id {
        l.category_id = after.category_id.clone();
        if gone(&l) {
            return (l, FixKind::After);
        }
    }
    (after.clone(), FixKind::WholeAfter)
}

/// Copies what `path` names from `after`: the pictures, the whole package, the address, or one
/// text field.
fn take_from_after(l: &mut Listing, after: &Listing, path: &str) {
    if path.starts_with("pictures") {
        l.pictures = after.pictures.clone();
    } else if path.starts_with("shipping") {
        l.shipping = after.shipping.clone();
    } else if path.starts_with("seller_address") {
        l.seller_address = after.seller_address.clone();
    } else if path.starts_with("sale_terms") || path == "warranty" {
        l.sale_terms = after.sale_terms.clone();
        l.warranty = after.warranty.clone();
    } else if let Some(value) = field::get(after, path) {
        let _ = field::set(l, path, value);
    }
}
