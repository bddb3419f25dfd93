//! Role frames are enforced when an entry is saved.

mod support;

use leefwereld_core::frames::{FrameRule, Severity};
use leefwereld_core::{AuditAction, Error, Lang, Profile, Role, SourceType, Vault};
use support::*;

fn vault_for(role: Role) -> (tempfile::TempDir, Vault) {
    let dir = tempfile::tempdir().unwrap();
    let clock = std::sync::Arc::new(leefwereld_core::ManualClock::new(start()));
    let profile = Profile { role, ..profile() };
    let vault = Vault::create(dir.path().join("v"), PASSPHRASE, profile, options(&clock)).unwrap();
    (dir, vault)
}

#[test]
fn a_municipal_user_is_refused_a_closed_source_signal_and_told_why() {
    let (_dir, vault) = vault_for(Role::MunicipalityOov);
    let mut content = signal(
        "In de besloten groep wordt gedreigd",
        "Bericht doorgestuurd",
    );
    content.source_type = SourceType::ClosedGroup;
    let notices = vault.entries().check_frames(&content, None).unwrap();
    assert!(
        notices
            .iter()
            .any(|n| n.rule == FrameRule::MunicipalClosedSource && n.severity == Severity::Block)
    );
    let err = vault.entries().capture(content, vec![]).unwrap_err();
    assert!(
        matches!(err, Error::FrameRefused(ref r) if r == &vec![FrameRule::MunicipalClosedSource])
    );
    let nl = err.localized(Lang::Nl);
    assert!(nl.contains("besloten groepen"), "{nl}");
    assert_eq!(vault.entries().count().unwrap(), 0);
}

#[test]
fn police_record_closed_sources_with_an_order_reference() {
    let (_dir, vault) = vault_for(Role::Police);
    let mut content = signal("Ronselbericht in besloten kanaal", "Tip van collega");
    content.source_type = SourceType::ClosedGroup;
    assert!(matches!(
        vault.entries().capture(content.clone(), vec![]),
        Err(Error::FrameRefused(_))
    ));
    content.order_reference = Some("OM-2026-0412".into());
    vault.entries().capture(content, vec![]).unwrap();
}

#[test]
fn systematic_monitoring_needs_a_justification_that_is_audited() {
    let fx = Fixture::new();
    let mut content = signal("Kevin zit weer in de groepschat", "Moeder belde");
    content.aliases = vec!["Kevin".into()];
    fx.vault.entries().capture(content.clone(), vec![]).unwrap();
    // The same alias with the same reason again: refused until justified.
    let mut again = content.clone();
    again.aliases = vec!["kévin".into()];
    let err = fx
        .vault
        .entries()
        .capture(again.clone(), vec![])
        .unwrap_err();
    assert!(
        matches!(err, Error::FrameRefused(ref r) if r == &vec![FrameRule::SystematicMonitoring])
    );
    again.justification = Some("Moeder belde opnieuw: nu ook bedreiging".into());
    let entry = fx.vault.entries().capture(again, vec![]).unwrap();
    let log = fx.vault.audit().log(0, 100).unwrap();
    assert!(
        log.iter()
            .any(|r| r.action == AuditAction::FrameOverride && r.entry == Some(entry.id))
    );
    // A signal about someone else is not affected.
    let mut other = content;
    other.aliases = vec!["Sanne".into()];
    fx.vault.entries().capture(other, vec![]).unwrap();
}

#[test]
fn editing_a_signal_does_not_count_itself_as_earlier() {
    let fx = Fixture::new();
    let mut content = signal("tekst", "reden");
    content.aliases = vec!["Kevin".into()];
    let entry = fx.vault.entries().capture(content.clone(), vec![]).unwrap();
    content.text = "tekst aangevuld".into();
    fx.vault.entries().edit(entry.id, content, vec![]).unwrap();
}
