//! The entry form over real vaults: a police officer's closed-source signal shows the order
//! reference it needs and editing keeps it (the form edits the core's own content); the edit
//! screen lists the files the entry has, and the file picker speaks the app's language.

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
    let id = vault.entries().capture(content, vec![]).unwrap().id;
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

#[test]
fn the_edit_screen_lists_the_files_the_entry_has_and_the_picker_speaks_dutch() {
    let vault = Arc::new(
        Vault::create_in_memory(PASSPHRASE, profile_as(Role::YouthWorker, Lang::Nl), fast())
            .unwrap(),
    );
    let content = EntryContent::trend(
        Theme::Recruitment,
        Platform::Telegram,
        "Ronselbericht gezien",
        vault.now(),
    );
    let file = leefwereld_core::Attachment {
        name: "schermafbeelding.png".into(),
        media_type: "image/png".into(),
        bytes: vec![1, 2, 3],
    };
    let id = vault.entries().capture(content, vec![file]).unwrap().id;
    let html = render_app(Start::Opened(vault), &format!("/entries/{id}/edit"));
    assert!(html.contains("Al bij deze notitie"), "{html}");
    assert!(html.contains("schermafbeelding.png"));
    assert!(html.contains("Kies bestanden"));
}
