//! Sharing without a server: a listing or a trainer's profile travels inside the link itself, in
//! the URL's fragment (`#compartido=…`, `#perfil=…`), which browsers never send to a server.
//!
//! - [`envelope`]: the bytes of a link: version, kind, raw deflate, checksum, base64url. A broken,
//!   truncated or tampered link is refused with a message in both languages, never misread.
//! - [`listing`]: a listing as it travels. Local photos stay behind; their measurements travel.
//! - [`profile`]: a trainer's profile (rule settings, limits, shipping switches), as a link, as
//!   the JSON file `listo check --profile` reads, and as the app keeps it in local storage.
//! - [`qr`]: how long a link may be for a QR code readable from the back of a room, and what
//!   happens above that (the QR code's copy carries a shortened description).
//!
//! Pure and panic-free on any input (tests/share_props.rs). Only the share module and the CLI
//! call the codec, so link-time optimisation keeps it out of the app's first load; the app itself
//! uses [`profile::ProfileWire::from_stored`] alone, to apply a stored profile at start-up.

pub mod envelope;
pub mod listing;
pub mod profile;
pub mod qr;
pub mod reply;

/// The fragment that carries a shared listing: `#compartido=<link text>`.
pub const LISTING_FRAGMENT: &str = "compartido";
/// The fragment that carries a trainer's profile: `#perfil=<link text>`.
pub const PROFILE_FRAGMENT: &str = "perfil";

/// `base` (the page's address, without its fragment) followed by `#{fragment}={text}`.
pub fn link(base: &str, fragment: &str, text: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}#{fragment}={text}")
}
