//! Capturing, editing, listing and purging entries.

mod support;

use chrono::Duration;
use leefwereld_core::model::limits;
use leefwereld_core::{
    AgeBand, Attachment, EntryKind, Error, Invalid, Lang, ListFilter, Platform, Settings,
    ShareStatus, Theme, store,
};
use redb::{ReadableDatabase, ReadableTable};
use support::*;

fn screenshot(len: usize) -> Attachment {
    Attachment {
        name: "screenshot.png".into(),
        media_type: "image/png".into(),
        bytes: vec![7; len],
    }
}

#[test]
fn a_captured_signal_comes_back_exactly() {
    let fx = Fixture::new();
    let mut content = signal(
        "Jongeren spreken af voor een vechtpartij",
        "Jongere meldde het zelf",
    );
    content.aliases = vec!["Kevin".into(), "K-dog".into()];
    content.age_band = Some(AgeBand::From16To17);
    let entry = fx
        .vault
        .entries()
        .capture(content.clone(), vec![screenshot(1000)])
        .unwrap();
    assert_eq!(entry.revision, 1);
    assert_eq!(entry.share_status, ShareStatus::NotShared);
    assert_eq!(entry.expires_at, start() + Duration::days(90));
    let read = fx.vault.entries().get(entry.id).unwrap();
    assert_eq!(read.content, content);
    assert_eq!(read.attachments.len(), 1);
    let file = fx
        .vault
        .entries()
        .attachment(entry.id, read.attachments[0].number)
        .unwrap();
    assert_eq!(file.bytes, vec![7; 1000]);
}

#[test]
fn validation_reports_every_problem_in_the_users_language() {
    let fx = Fixture::new();
    let mut content = signal("", "   ");
    content.observed_at = start() + Duration::hours(2);
    content.neighbourhood = "x".repeat(limits::NEIGHBOURHOOD_MAX + 1);
    let err = fx
        .vault
        .entries()
        .capture(content, vec![screenshot(limits::ATTACHMENT_BYTES_MAX + 1)])
        .unwrap_err();
    let Error::Invalid(issues) = &err else {
        panic!("{err:?}")
    };
    for expected in [
        Invalid::TextEmpty,
        Invalid::ReasonMissing,
        Invalid::ObservedInFuture,
        Invalid::NeighbourhoodTooLong {
            max: limits::NEIGHBOURHOOD_MAX,
        },
    ] {
        assert!(
            issues.contains(&expected),
            "{expected:?} missing from {issues:?}"
        );
    }
    assert!(
        issues
            .iter()
            .any(|i| matches!(i, Invalid::AttachmentTooLarge { number: 1, .. }))
    );
    let nl = err.localized(Lang::Nl);
    assert!(nl.contains("concrete aanleiding"), "{nl}");
    assert!(err.localized(Lang::En).contains("concrete reason"));
    assert_eq!(fx.vault.entries().count().unwrap(), 0, "nothing is stored");
}

#[test]
fn a_trend_about_a_person_is_refused() {
    let fx = Fixture::new();
    let mut content = trend("Kevin post filmpjes");
    content.aliases = vec!["Kevin".into()];
    let err = fx.vault.entries().capture(content, vec![]).unwrap_err();
    assert!(matches!(err, Error::Invalid(ref i) if i == &vec![Invalid::TrendAboutPerson]));
}

#[test]
fn too_long_text_and_control_characters_are_refused_without_panic() {
    let fx = Fixture::new();
    let huge = "é".repeat(limits::TEXT_MAX + 1);
    let err = fx
        .vault
        .entries()
        .capture(trend(&huge), vec![])
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(ref i) if matches!(i[0], Invalid::TextTooLong { .. })));
    let err = fx
        .vault
        .entries()
        .capture(trend("tekst\u{0007}met bel"), vec![])
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(ref i) if i.contains(&Invalid::ControlCharacters)));
    // A bidi override makes "Kevin" read as "niveK": refused, in the text and in an alias.
    let err = fx
        .vault
        .entries()
        .capture(trend("zag \u{202E}niveK\u{202C} gisteren"), vec![])
        .unwrap_err();
    assert!(matches!(err, Error::Invalid(ref i) if i.contains(&Invalid::BidiControls)));
    assert_eq!(
        Invalid::BidiControls.localized(leefwereld_core::Lang::En),
        "The text contains invisible characters that reverse the reading direction (bidi \
         controls), so what you see is not what is stored. Paste it again as plain text or \
         retype it."
    );
    // Emoji, zero-width characters and mixed scripts are ordinary text.
    fx.vault
        .entries()
        .capture(trend("🔥 trend\u{200b} مرحبا Привет"), vec![])
        .unwrap();
}

#[test]
fn edits_keep_earlier_revisions() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(trend("eerste versie"), vec![])
        .unwrap();
    fx.clock.advance(Duration::minutes(5));
    let mut changed = entry.content.clone();
    changed.text = "tweede versie".into();
    let edited = fx
        .vault
        .entries()
        .edit(entry.id, changed, vec![screenshot(10)])
        .unwrap();
    assert_eq!(edited.revision, 2);
    assert_eq!(edited.recorded_at, entry.recorded_at);
    assert!(edited.updated_at > entry.updated_at);
    let revisions = fx.vault.entries().revisions(entry.id).unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].content.text, "eerste versie");
    let edited = fx
        .vault
        .entries()
        .remove_attachment(entry.id, edited.attachments[0].number)
        .unwrap();
    assert!(edited.attachments.is_empty());
    assert_eq!(edited.revision, 3);
    let kept: Vec<u32> = fx
        .vault
        .entries()
        .revisions(entry.id)
        .unwrap()
        .iter()
        .map(|r| r.revision)
        .collect();
    assert_eq!(
        kept,
        [1, 2],
        "removing an attachment keeps revision 2, no gap"
    );
}

#[test]
fn delete_removes_the_entry_and_its_revisions() {
    let fx = Fixture::new();
    let entry = fx
        .vault
        .entries()
        .capture(trend("tijdelijk"), vec![screenshot(5)])
        .unwrap();
    fx.vault
        .entries()
        .edit(entry.id, trend("tijdelijk 2"), vec![])
        .unwrap();
    fx.vault.entries().delete(entry.id).unwrap();
    assert!(matches!(
        fx.vault.entries().get(entry.id),
        Err(Error::EntryNotFound(_))
    ));
    assert!(fx.vault.entries().revisions(entry.id).unwrap().is_empty());
    assert!(matches!(
        fx.vault.entries().delete(entry.id),
        Err(Error::EntryNotFound(_))
    ));
}

#[test]
fn the_list_is_newest_first_and_filters() {
    let fx = Fixture::new();
    let mut ids = Vec::new();
    for i in 0..30u32 {
        let mut content = if i % 3 == 0 {
            signal(&format!("signaal {i}"), "reden")
        } else {
            trend(&format!("trend {i}"))
        };
        content.observed_at = start() - Duration::days(i64::from(i));
        content.theme = if i % 2 == 0 {
            Theme::Recruitment
        } else {
            Theme::Disinformation
        };
        content.platform = if i < 10 {
            Platform::Telegram
        } else {
            Platform::Discord
        };
        ids.push(fx.vault.entries().capture(content, vec![]).unwrap().id);
    }
    let page = fx
        .vault
        .entries()
        .list(&ListFilter::default(), 0, 10)
        .unwrap();
    assert_eq!(page.total, Some(30));
    assert!(page.has_more);
    assert_eq!(
        page.items[0].id, ids[0],
        "the most recent observation comes first"
    );
    assert!(
        page.items
            .windows(2)
            .all(|w| w[0].observed_at >= w[1].observed_at)
    );
    let next = fx
        .vault
        .entries()
        .list(&ListFilter::default(), 10, 10)
        .unwrap();
    assert_eq!(next.items[0].id, ids[10]);

    let filter = ListFilter {
        kind: Some(leefwereld_core::EntryKind::Signaal),
        ..Default::default()
    };
    assert_eq!(
        fx.vault.entries().list(&filter, 0, 100).unwrap().total,
        Some(10)
    );
    let filter = ListFilter {
        theme: Some(Theme::Recruitment),
        platform: Some(Platform::Telegram),
        ..Default::default()
    };
    assert_eq!(
        fx.vault.entries().list(&filter, 0, 100).unwrap().total,
        Some(5)
    );
    let week = leefwereld_core::IsoWeek::of(start());
    let filter = ListFilter {
        week: Some(week),
        ..Default::default()
    };
    let in_week = fx.vault.entries().list(&filter, 0, 100).unwrap();
    assert!(in_week.items.iter().all(|s| s.week == week));
    assert_eq!(
        in_week.total,
        Some(1),
        "23 Nov is a Monday: only day 0 falls in its week"
    );
    let filter = ListFilter {
        share_status: Some(ShareStatus::Shared),
        ..Default::default()
    };
    assert_eq!(
        fx.vault.entries().list(&filter, 0, 100).unwrap().total,
        Some(0)
    );
}

#[test]
fn search_ignores_case_and_diacritics_and_reads_reasons_and_aliases() {
    let fx = Fixture::new();
    fx.vault
        .entries()
        .capture(trend("Filmpjes over Café Zuid gaan rond"), vec![])
        .unwrap();
    let mut content = signal("Ruzie in de groepschat", "Moeder belde");
    content.aliases = vec!["Özil".into()];
    fx.vault.entries().capture(content, vec![]).unwrap();
    let find = |words: &str| {
        let filter = ListFilter {
            search: Some(words.into()),
            ..Default::default()
        };
        fx.vault.entries().list(&filter, 0, 10).unwrap().items.len()
    };
    assert_eq!(find("cafe zuid"), 1);
    assert_eq!(find("MOEDER"), 1);
    assert_eq!(find("ozil"), 1);
    assert_eq!(find("niets hiervan"), 0);
}

#[test]
fn retention_purges_expired_entries_at_unlock_and_on_demand() {
    let fx = Fixture::new();
    let signal_entry = fx
        .vault
        .entries()
        .capture(signal("signaal", "reden"), vec![])
        .unwrap();
    let trend_entry = fx.vault.entries().capture(trend("trend"), vec![]).unwrap();
    fx.clock.advance(Duration::days(91));
    assert_eq!(fx.vault.entries().purge_expired().unwrap(), 1);
    assert!(matches!(
        fx.vault.entries().get(signal_entry.id),
        Err(Error::EntryNotFound(_))
    ));
    assert!(fx.vault.entries().get(trend_entry.id).is_ok());
    fx.clock.advance(Duration::days(90));
    let fx = fx.reopen();
    let report = fx.vault.unlock(PASSPHRASE).unwrap();
    assert_eq!(report.purged, 1);
    assert_eq!(fx.vault.entries().count().unwrap(), 0);
    let purges = fx
        .vault
        .audit()
        .log(0, 100)
        .unwrap()
        .into_iter()
        .filter(|r| r.action == leefwereld_core::AuditAction::Purge)
        .count();
    assert_eq!(purges, 2);
}

#[test]
fn shortening_retention_applies_at_once_and_out_of_range_settings_are_refused() {
    let fx = Fixture::new();
    fx.vault.entries().capture(trend("trend"), vec![]).unwrap();
    fx.clock.advance(Duration::days(10));
    let bad = Settings {
        retention_trend_days: 2,
        ..Settings::default()
    };
    assert!(matches!(
        fx.vault.update_settings(bad),
        Err(Error::InvalidSetting {
            name: "retention_trend_days"
        })
    ));
    let purged = fx
        .vault
        .update_settings(Settings {
            retention_trend_days: 7,
            ..Settings::default()
        })
        .unwrap();
    assert_eq!(purged, 1);
}

#[test]
fn no_plaintext_reaches_the_vault_files() {
    let fx = Fixture::new();
    let marker = "MARKER-4f2a9c-ZEER-GEHEIM";
    let mut content = signal(&format!("tekst {marker}"), &format!("reden {marker}"));
    content.aliases = vec![format!("alias-{marker}")];
    content.neighbourhood = format!("wijk-{marker}");
    let attachment = Attachment {
        name: format!("{marker}.png"),
        media_type: "image/png".into(),
        bytes: marker.as_bytes().repeat(50),
    };
    let entry = fx
        .vault
        .entries()
        .capture(content.clone(), vec![attachment])
        .unwrap();
    content.text = format!("bewerkt {marker}");
    fx.vault.entries().edit(entry.id, content, vec![]).unwrap();
    fx.vault
        .entries()
        .capture(trend(&format!("trend {marker}")), vec![])
        .unwrap();
    fx.vault.lock();
    fx.vault.unlock(PASSPHRASE).unwrap();
    let bytes = all_bytes(fx.dir.path());
    assert!(!bytes.is_empty());
    for needle in [marker, "Zuidwijk", "JW-07", "Jongerenwerk Zuid", PASSPHRASE] {
        assert!(
            !contains(&bytes, needle.as_bytes()),
            "{needle} found in the vault files"
        );
    }
}

#[test]
fn a_damaged_entry_is_reported_by_id_while_every_other_entry_loads() {
    let fx = Fixture::new();
    let ids: Vec<_> = (0..5)
        .map(|i| {
            fx.vault
                .entries()
                .capture(trend(&format!("trend {i}")), vec![])
                .unwrap()
                .id
        })
        .collect();
    let path = fx.path();
    let clock = fx.clock.clone();
    drop(fx.vault);
    // Flip one byte of one stored ciphertext, as bit rot or tampering would.
    let db = redb::Database::open(path.join(store::DATABASE_FILE)).unwrap();
    let victim = {
        let read = db.begin_read().unwrap();
        let table = read.open_table(store::ENTRIES).unwrap();
        let (key, value) = table.iter().unwrap().nth(2).unwrap().unwrap();
        let mut bytes = value.value().to_vec();
        let at = bytes.len() - 20;
        bytes[at] ^= 0x01;
        (key.value(), bytes)
    };
    let txn = db.begin_write().unwrap();
    txn.open_table(store::ENTRIES)
        .unwrap()
        .insert(victim.0, victim.1.as_slice())
        .unwrap();
    txn.commit().unwrap();
    drop(db);

    let vault = leefwereld_core::Vault::open_with(&path, options(&clock)).unwrap();
    vault.unlock(PASSPHRASE).unwrap();
    let page = vault.entries().list(&ListFilter::default(), 0, 10).unwrap();
    assert_eq!(page.items.len(), 4);
    assert_eq!(page.damaged.len(), 1);
    let damaged = page.damaged[0];
    assert!(ids.contains(&damaged));
    let err = vault.entries().get(damaged).unwrap_err();
    assert!(matches!(err, Error::EntryDamaged(id) if id == damaged));
    assert!(err.localized(Lang::Nl).contains(&damaged.short()));
    for id in ids.iter().filter(|id| **id != damaged) {
        vault.entries().get(*id).unwrap();
    }
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_entries() {
    let fx = Fixture::new();
    for i in 0..8 {
        fx.vault
            .entries()
            .capture(trend(&format!("trend {i}")), vec![])
            .unwrap();
    }
    let path = fx.path();
    let clock = fx.clock.clone();
    drop(fx.vault);
    let db = redb::Database::open(path.join(store::DATABASE_FILE)).unwrap();
    let txn = db.begin_write().unwrap();
    {
        let mut index = txn.open_table(store::INDEX).unwrap();
        let keys: Vec<u64> = index
            .iter()
            .unwrap()
            .map(|i| i.unwrap().0.value())
            .collect();
        for key in keys {
            index.insert(key, b"garbage".as_slice()).unwrap();
        }
    }
    txn.commit().unwrap();
    drop(db);
    let vault = leefwereld_core::Vault::open_with(&path, options(&clock)).unwrap();
    let report = vault.unlock(PASSPHRASE).unwrap();
    assert!(report.index_rebuilt);
    assert_eq!(
        vault
            .entries()
            .list(&ListFilter::default(), 0, 100)
            .unwrap()
            .items
            .len(),
        8
    );
}

#[test]
fn a_signal_turned_trend_is_handed_over_without_its_person_fields() {
    let fx = Fixture::new();
    let mut content = signal(
        "Groepje deelt filmpjes van een vechtpartij",
        "Ik zag het zelf",
    );
    content.aliases = vec!["Kevin".into()];
    content.age_band = Some(leefwereld_core::AgeBand::From16To17);
    content.order_reference = Some("  ".into());
    content.kind = EntryKind::Trend;
    // As typed, it is a trend about a person: the core refuses it instead of changing it.
    let problems = fx.vault.entries().check(&content, true);
    assert!(
        problems
            .iter()
            .any(|p| p.field() == leefwereld_core::EntryField::Kind),
        "{problems:?}"
    );
    let tidied = content.clone().tidied();
    assert!(tidied.reason.is_empty() && tidied.aliases.is_empty() && tidied.age_band.is_none());
    assert_eq!(
        tidied.order_reference, None,
        "an empty reference is no reference"
    );
    assert_eq!(tidied.text, content.text);
    assert!(fx.vault.entries().check(&tidied, true).is_empty());
    fx.vault.entries().capture(tidied, vec![]).unwrap();
    // A signal keeps them.
    let mut kept = content;
    kept.kind = EntryKind::Signaal;
    let kept = kept.tidied();
    assert_eq!(kept.aliases, vec!["Kevin".to_owned()]);
}

#[test]
fn a_capture_offers_the_most_used_themes_first_and_what_was_noted_last() {
    let fx = Fixture::new();
    let fresh = fx.vault.entries().capture_hints(EntryKind::Trend).unwrap();
    assert_eq!(fresh.themes, Theme::ALL, "no history: the fixed order");
    assert_eq!((fresh.used, fresh.last), (0, None));
    for (theme, platform) in [
        (Theme::Recruitment, Platform::Telegram),
        (Theme::PlannedFight, Platform::Snapchat),
        (Theme::Recruitment, Platform::TikTok),
    ] {
        let mut content = trend("Een trend");
        content.theme = theme;
        content.platform = platform;
        fx.vault.entries().capture(content, vec![]).unwrap();
        fx.clock.advance(Duration::minutes(1));
    }
    let mut signal = signal("Een signaal", "Zelf gezien");
    signal.theme = Theme::Exploitation;
    fx.vault.entries().capture(signal, vec![]).unwrap();
    let hints = fx.vault.entries().capture_hints(EntryKind::Trend).unwrap();
    assert_eq!(
        &hints.themes[..2],
        &[Theme::Recruitment, Theme::PlannedFight]
    );
    assert_eq!(
        hints.themes.len(),
        Theme::ALL.len(),
        "every theme stays available"
    );
    assert_eq!(hints.used, 2, "a signal does not count for trends");
    assert_eq!(hints.last, Some((Theme::Recruitment, Platform::TikTok)));
    fx.vault.lock();
    assert!(matches!(
        fx.vault.entries().capture_hints(EntryKind::Trend),
        Err(Error::Locked)
    ));
}

#[test]
fn a_deleted_entry_comes_back_within_ten_seconds_and_only_then() {
    let fx = Fixture::new();
    let photo = Attachment {
        name: "bericht.png".into(),
        media_type: "image/png".into(),
        bytes: vec![7; 2048],
    };
    let entry = fx
        .vault
        .entries()
        .capture(
            signal("Oproep voor een afrekening", "Zelf gezien"),
            vec![photo.clone()],
        )
        .unwrap();
    fx.clock.advance(Duration::minutes(5));
    assert!(fx.vault.entries().delete_undoable(entry.id).unwrap());
    assert!(matches!(
        fx.vault.entries().get(entry.id),
        Err(Error::EntryNotFound(_))
    ));
    fx.clock.advance(Duration::seconds(8));
    let back = fx.vault.entries().undo_delete(entry.id).unwrap();
    assert_eq!(back.id, entry.id);
    assert_eq!(back.content, entry.content);
    assert_eq!(
        back.recorded_at, entry.recorded_at,
        "retention runs from the first save"
    );
    assert_eq!(
        fx.vault.entries().attachment(entry.id, 1).unwrap().bytes,
        photo.bytes
    );
    let log = fx.vault.audit().log(0, 100).unwrap();
    assert!(
        log.iter()
            .any(|r| r.action == leefwereld_core::AuditAction::Delete)
    );
    assert!(
        log.last()
            .is_some_and(|r| r.reason.starts_with("restored-after-delete"))
    );
    assert!(fx.vault.audit().verify().unwrap().intact());
    // Once is enough: the memory of the delete is used up.
    assert!(matches!(
        fx.vault.entries().undo_delete(entry.id),
        Err(Error::NothingToUndo)
    ));

    // Too late: after ten seconds the delete is final.
    fx.vault.entries().delete_undoable(entry.id).unwrap();
    fx.clock.advance(Duration::seconds(11));
    assert!(matches!(
        fx.vault.entries().undo_delete(entry.id),
        Err(Error::NothingToUndo)
    ));
    assert_eq!(fx.vault.entries().count().unwrap(), 0);

    // Locking forgets it at once.
    let other = fx
        .vault
        .entries()
        .capture(trend("Nog een trend"), vec![])
        .unwrap();
    fx.vault.entries().delete_undoable(other.id).unwrap();
    fx.vault.lock();
    fx.vault.unlock(PASSPHRASE).unwrap();
    assert!(matches!(
        fx.vault.entries().undo_delete(other.id),
        Err(Error::NothingToUndo)
    ));
}
