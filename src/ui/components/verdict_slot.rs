//! Where the category and shipping verdicts are drawn: the category card, the category's required
//! attributes, and the shipping card. In a build with the `verdicts` feature (the native and
//! browser tests) they are drawn in place. In the app's first load the slot is a mount point that
//! the verdicts module (`src/modules/verdicts/`) draws into once it has loaded, with a line saying
//! what is on its way until then (or why it could not come).

use leptos::prelude::*;

/// One of the places the verdicts module draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Category,
    Attributes,
    Shipping,
}

impl Slot {
    pub const ALL: [Slot; 3] = [Slot::Category, Slot::Attributes, Slot::Shipping];

    /// The name the app and the module agree on.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Category => "category",
            Slot::Attributes => "attributes",
            Slot::Shipping => "shipping",
        }
    }

    pub fn from_name(name: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The card itself (in a build that carries the verdicts).
    #[cfg(feature = "verdicts")]
    pub fn view(self) -> AnyView {
        use crate::ui::components::{category_attributes::CategoryAttributes, category_card::CategoryCard, shipping_card::ShippingCard};
        match self {
            Slot::Category => view! { <CategoryCard /> }.into_any(),
            Slot::Attributes => view! { <CategoryAttributes /> }.into_any(),
            Slot::Shipping => view! { <ShippingCard /> }.into_any(),
        }
    }
}

/// The card for `slot`: drawn here, or by the verdicts module when it arrives.
#[component]
pub fn VerdictSlot(which: Slot) -> impl IntoView {
    #[cfg(feature = "verdicts")]
    return which.view();
    #[cfg(not(feature = "verdicts"))]
    return crate::ui::lazy::verdicts::mount_point(which);
}
