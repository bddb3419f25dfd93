//! The screens and their addresses. Onboarding and the lock screen are not routes: the shell
//! shows them instead of whatever route is current, so the route (and a draft on it) is still
//! there after unlocking.
//!
//! A screen that deserves a tab is also listed in [`crate::shell::nav`].

use dioxus::prelude::*;
use leefwereld_core::{EntryId, IsoWeek};

use crate::screens::about::About;
use crate::screens::capture::{CaptureSignal, CaptureTrend};
use crate::screens::detail::EntryDetail;
use crate::screens::edit::EntryEdit;
use crate::screens::home::Home;
use crate::screens::list::EntryList;
use crate::screens::outbox::Outbox;
use crate::screens::positions::{Positions, PositionsFor};
use crate::screens::quick_delete::QuickDeleteScreen;
use crate::screens::reminders::Reminders;
use crate::screens::settings::SettingsScreen;
use crate::screens::share::EntryShare;
use crate::screens::summary::{Summary, SummaryEntries, SummaryWeek};
use crate::shell::Shell;

#[derive(Clone, Debug, PartialEq, Routable)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Home {},
        #[route("/capture/trend")]
        CaptureTrend {},
        #[route("/capture/signaal")]
        CaptureSignal {},
        #[route("/entries")]
        EntryList {},
        #[route("/entries/:id")]
        EntryDetail { id: EntryId },
        #[route("/entries/:id/edit")]
        EntryEdit { id: EntryId },
        #[route("/entries/:id/share")]
        EntryShare { id: EntryId },
        #[route("/outbox")]
        Outbox {},
        #[route("/settings")]
        SettingsScreen {},
        #[route("/about")]
        About {},
        #[route("/positions")]
        Positions {},
        #[route("/positions/:partner")]
        PositionsFor { partner: String },
        #[route("/quick-delete")]
        QuickDeleteScreen {},
        #[route("/reminders")]
        Reminders {},
        #[route("/summary")]
        Summary {},
        #[route("/summary/:week")]
        SummaryWeek { week: IsoWeek },
        #[route("/summary/:week/theme/:theme")]
        SummaryEntries { week: IsoWeek, theme: String },
    #[end_layout]
    #[route("/:..segments")]
    Elsewhere { segments: Vec<String> },
}

/// Any other address (e.g. `/index.html` in the browser) leads home.
#[component]
fn Elsewhere(segments: Vec<String>) -> Element {
    let _ = segments;
    let nav = use_navigator();
    use_effect(move || {
        nav.replace(Route::Home {});
    });
    rsx! {}
}
