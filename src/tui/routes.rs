//! Every screen of an unlocked vault that can be opened, as a route value a screen
//! returns ([`super::screen::Route::Open`]), and how each is built. A new screen is
//! one file plus one line here:
//!
//! ```text
//! Name { field: Type, … } => module::ScreenType,
//! ```
//!
//! where `ScreenType::open(cx, field, …) -> Result<ScreenType, VaultError>` builds it.
//! Screens name each other only through these values, never by type.

use super::screen::{AnyScreen, Cx};
use super::{browse, dashboard, devices, entry, exchange, home, petition, purge, record, wizard};
use crate::model::{Campaign, Event, EventId, RecordId};
use crate::vault::VaultError;

/// A screen on the stack of an unlocked vault.
pub type Stacked = Box<dyn for<'a> AnyScreen<Cx<'a>> + Send>;

macro_rules! routes {
    ($( $(#[$doc:meta])* $name:ident { $($field:ident : $ty:ty),* $(,)? } => $screen:ty ),* $(,)?) => {
        /// Where a screen asks to go.
        pub enum To {
            $( $(#[$doc])* $name { $($field: $ty),* } ),*
        }

        impl To {
            /// Builds the screen this route names.
            pub fn open(self, cx: &mut Cx) -> Result<Stacked, VaultError> {
                match self {
                    $( To::$name { $($field),* } => Ok(Box::new(<$screen>::open(cx, $($field),*)?)) ),*
                }
            }
        }
    };
}

routes! {
    /// The campaigns and events; `select` puts the cursor on an event.
    Home { select: Option<EventId> } => home::Home,
    /// Step 2 of the first run: join or create a campaign.
    Setup {} => wizard::Setup,
    /// Typing an event's sheets (where typing stopped, or on `sheet`); `blind`: a
    /// second entry of sheets typed before, never showing the first entry.
    Entry { campaign: Campaign, event: Event, sheet: Option<u32>, blind: bool } => entry::Entry,
    /// A campaign's records; with one event in `events`, only that event's.
    Browse { campaign: Campaign, events: Vec<Event> } => browse::Browse,
    Record { id: RecordId, campaign: Campaign, events: Vec<Event> } => record::RecordView,
    Export { campaign: Campaign } => exchange::Export,
    /// The coordinator's dashboard of a campaign: goal, days, events, countries, devices.
    Dashboard { campaign: Campaign } => dashboard::Dashboard,
    /// The coordinator's devices of a campaign: revoke one, write a receipt for one.
    Devices { campaign: Campaign } => devices::Devices,
    Import {} => exchange::Import,
    /// The campaign's petition text, to read to a signer.
    Petition { campaign: Campaign } => petition::Petition,
    /// After a receipt: remove the personal data of what the coordinator acknowledged.
    Purge { campaign: Campaign } => purge::Purge,
}
