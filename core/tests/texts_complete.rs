//! Every label and message the core can show exists in Dutch and English.

use leefwereld_core::error::Damage;
use leefwereld_core::model::{AgeBand, Invalid};
use leefwereld_core::{
    AuditAction, EntryId, EntryKind, Error, Lang, Platform, Role, ShareStatus, SourceType, Theme,
    Urgency,
};
use leefwereld_locales::has;

fn assert_both(id: &str) {
    for lang in Lang::ALL {
        assert!(has(lang, id), "message {id} missing in {}", lang.code());
    }
}

#[test]
fn every_vocabulary_label_is_translated() {
    let mut ids: Vec<String> = Vec::new();
    ids.extend(EntryKind::ALL.iter().map(|v| v.label_id()));
    ids.extend(Theme::ALL.iter().map(|v| v.label_id()));
    ids.extend(Platform::ALL.iter().map(|v| v.label_id()));
    ids.extend(SourceType::ALL.iter().map(|v| v.label_id()));
    ids.extend(Urgency::ALL.iter().map(|v| v.label_id()));
    ids.extend(AgeBand::ALL.iter().map(|v| v.label_id()));
    ids.extend(Role::ALL.iter().map(|v| v.label_id()));
    ids.extend(ShareStatus::ALL.iter().map(|v| v.label_id()));
    ids.extend(AuditAction::ALL.iter().map(|v| v.label_id()));
    ids.extend(
        leefwereld_core::share::ShareStep::ALL
            .iter()
            .map(|v| v.label_id()),
    );
    for id in ids {
        assert_both(&id);
    }
}

#[test]
fn every_error_has_a_translated_message_without_falling_back_to_its_id() {
    let id: EntryId = "5f0c2a4e-8d1b-4c3a-9e7f-112233445566".parse().unwrap();
    let errors = vec![
        Error::WrongPassphrase,
        Error::Locked,
        Error::Wiped,
        Error::NoVault,
        Error::FindingNotFound,
        Error::ReminderNotFound,
        Error::OutboxItemNotFound,
        Error::InvalidPeriod,
        Error::NothingToUndo,
        Error::AlreadyExists,
        Error::InUse,
        Error::NewerFormat {
            found: 2,
            supported: 1,
        },
        Error::Damaged(Damage::KeyFile),
        Error::Damaged(Damage::Database),
        Error::Damaged(Damage::Metadata),
        Error::Damaged(Damage::KeyMismatch),
        Error::EntryDamaged(id),
        Error::EntryNotFound(id),
        Error::WeakPassphrase,
        Error::SamePassphrase,
        Error::Invalid(vec![Invalid::TextEmpty]),
        Error::InvalidSetting {
            name: "retention_trend_days",
        },
        Error::DiskFull,
        Error::Storage("io".into()),
        Error::ConnectionProfile(leefwereld_core::sync::ProfileProblem::BadRsin),
        Error::NoConnection,
        Error::FrameRefused(vec![leefwereld_core::frames::FrameRule::PoliceClosedSource]),
    ];
    for err in errors {
        for lang in Lang::ALL {
            let text = err.localized(lang);
            assert!(
                !text.starts_with("error-") && !text.contains("setting-"),
                "{} in {}: {text}",
                err.code(),
                lang.code()
            );
        }
    }
}

#[test]
fn every_validation_problem_is_translated() {
    let all = [
        Invalid::TextEmpty,
        Invalid::TextTooLong { max: 1, actual: 2 },
        Invalid::ReasonMissing,
        Invalid::ReasonTooLong { max: 1, actual: 2 },
        Invalid::NeighbourhoodTooLong { max: 1 },
        Invalid::TrendAboutPerson,
        Invalid::TooManyAliases { max: 1 },
        Invalid::AliasEmpty,
        Invalid::AliasTooLong { max: 1 },
        Invalid::ObservedInFuture,
        Invalid::ObservedTooLongAgo { days: 1 },
        Invalid::TooManyAttachments { max: 1 },
        Invalid::AttachmentTooLarge {
            number: 1,
            max_mb: 1,
        },
        Invalid::AttachmentEmpty { number: 1 },
        Invalid::AttachmentNameTooLong { number: 1 },
        Invalid::OrderReferenceTooLong { max: 1 },
        Invalid::JustificationTooLong { max: 1 },
        Invalid::ControlCharacters,
        Invalid::BidiControls,
    ];
    for issue in all {
        assert_both(&format!("invalid-{}", issue.code()));
    }
}

#[test]
fn every_setting_name_is_translated() {
    for name in [
        "retention_trend_days",
        "retention_signal_days",
        "lock_timeout_seconds",
        "suppression_threshold",
        "expiry_warning_days",
        "organisation",
        "pseudonym",
    ] {
        assert_both(&format!("setting-{name}"));
    }
}
