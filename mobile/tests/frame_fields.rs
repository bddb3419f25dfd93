//! The role frames in the form: a police officer's closed-source signal shows the order
//! reference it needs beside the fields, and editing it keeps the reference (the form edits
//! the core's own content).

mod support;

use std::sync::Arc;

use leefwereld_app::state::Start;
use leefwereld_core::{EntryContent, Lang, Platform, Role, SourceType, Theme, Vault};

use support::*;

#[test]
fn editing_a_police_closed_source_signal_shows_and_keeps_its_order_reference() {
    let vault = Arc::new(
        Vault::create_in_memory(PASSPHRASE, profile_as(Role::Police, Lang::Nl), fast()).unwrap(),
    );
    let mut content = EntryContent::signal(
        Theme::Recruitment,
        Platform::Telegram,
        SourceType::ClosedGroup,
        "Ronselbericht in besloten kanaal",
        "Tip van een collega",
        vault.now(),
    );
    content.order_reference = Some("OM-2026-0412".into());
    let id = vault.capture(content, vec![]).unwrap().id;
    let html = render_app(Start::Opened(vault.clone()), &format!("/entries/{id}/edit"));
    assert!(
        html.contains("Kenmerk van het bevel van de officier van justitie"),
        "{html}"
    );
    assert!(
        html.contains("OM-2026-0412"),
        "the reference is in the field"
    );
}
