//! What the share module answers when the app hands it a link: a listing, a profile or why not.
//! A plain text with a one-letter tag, not JSON, so the app reads it with a few lines of code
//! and its first load gains no decoder (the listing part is the JSON the app already reads for
//! drafts).
//!
//! - `L<the listing as JSON>`: the share module writes a drafts book holding it, which the app
//!   reads with `DraftBook::load`, the reader it has for its stored drafts (so its first load
//!   gains no listing reader); see [`Opened::to_reply`]
//! - `P<profile as stored, hex>` (see [`super::profile::ProfileWire::to_stored`])
//! - `E<Spanish message>\n<English message>`

use super::envelope::LinkError;
use super::profile::ProfileWire;
use super::{listing, LISTING_FRAGMENT, PROFILE_FRAGMENT};
use crate::core::listing::Listing;
use crate::core::text::Text;

/// What a link held.
#[derive(Debug, PartialEq)]
pub enum Opened {
    Listing(Box<Listing>),
    Profile(ProfileWire),
    Failed(Text),
}

/// Reads a fragment (`#compartido=…` or `#perfil=…`, with or without the `#`).
pub fn open_fragment(fragment: &str) -> Opened {
    let fragment = fragment.trim_start_matches('#');
    let (name, text) = fragment.split_once('=').unwrap_or((fragment, ""));
    let failed = |e: LinkError| Opened::Failed(e.message());
    if name == LISTING_FRAGMENT {
        listing::open(text).map_or_else(failed, |l| Opened::Listing(Box::new(l)))
    } else if name == PROFILE_FRAGMENT {
        ProfileWire::open(text).map_or_else(failed, Opened::Profile)
    } else {
        failed(LinkError::Empty)
    }
}

impl Opened {
    /// The tagged text the module returns; `listing_json` writes a listing (the module: a drafts
    /// book holding it).
    pub fn to_reply(&self, listing_json: impl FnOnce(&Listing) -> String) -> String {
        match self {
            Opened::Listing(l) => format!("L{}", listing_json(l)),
            Opened::Profile(p) => format!("P{}", p.to_stored()),
            Opened::Failed(t) => format!("E{}\n{}", t.es, t.en),
        }
    }
}

/// What the app reads from a reply. A listing stays JSON text (a drafts book): the app decodes
/// it with the reader it has for drafts.
#[derive(Debug, PartialEq)]
pub enum Reply<'a> {
    ListingJson(&'a str),
    Profile(ProfileWire),
    Failed(Text),
}

/// Reads the module's tagged reply; anything else is an error to show.
pub fn read_reply(reply: &str) -> Reply<'_> {
    // Not `LinkError::message`: that would bring every link message into the app's first load.
    let unreadable = || Reply::Failed(Text::new("Listo no pudo leer este enlace. Recarga la página.", "Listo could not read this link. Reload the page."));
    match reply.split_at_checked(1) {
        Some(("L", json)) => Reply::ListingJson(json),
        Some(("P", hex)) => ProfileWire::from_stored(hex).map_or_else(unreadable, Reply::Profile),
        Some(("E", text)) => {
            let (es, en) = text.split_once('\n').unwrap_or((text, text));
            Reply::Failed(Text::new(es, en))
        }
        _ => unreadable(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::share::envelope::{seal, Kind};

    fn as_json(l: &Listing) -> String {
        serde_json::to_string(l).unwrap()
    }

    #[test]
    fn each_kind_of_link_comes_back_through_the_reply() {
        let l = Listing { title: "Mochila escolar impermeable azul".into(), ..Listing::default() };
        let fragment = format!("#{LISTING_FRAGMENT}={}", listing::seal(&l));
        let reply = open_fragment(&fragment).to_reply(as_json);
        let Reply::ListingJson(json) = read_reply(&reply) else { panic!("{reply}") };
        assert_eq!(serde_json::from_str::<Listing>(json).unwrap(), l);

        let p = ProfileWire { name: "Taller Loja".into(), ..ProfileWire::default() };
        let reply = open_fragment(&format!("{PROFILE_FRAGMENT}={}", p.seal())).to_reply(as_json);
        assert_eq!(read_reply(&reply), Reply::Profile(p));

        let sealed: Vec<char> = seal(Kind::Listing, b"una publicacion").chars().collect();
        let mut changed = sealed.clone();
        changed[sealed.len() / 2] = if sealed[sealed.len() / 2] == 'x' { 'y' } else { 'x' };
        let tampered = format!("#{LISTING_FRAGMENT}={}", changed.into_iter().collect::<String>());
        let Reply::Failed(t) = read_reply(&open_fragment(&tampered).to_reply(as_json)) else { panic!() };
        assert!(t.es.contains("enlace") && t.en.contains("link"), "{t:?}");
        assert!(matches!(read_reply(""), Reply::Failed(_)));
        assert!(matches!(read_reply("P00zz"), Reply::Failed(_)));
    }
}
