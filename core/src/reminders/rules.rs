//! The reminder rules, without storage: which reminders are due, from what is known of the
//! entries and of what the worker did with earlier reminders.

use chrono::{DateTime, Duration, Utc};

use super::{AVG_CYCLE_DAYS, Reminder, ReminderId, ReminderKind};
use crate::model::{EntryId, EntryKind, SourceType};

/// What the rules need to know of one entry.
#[derive(Debug, Clone)]
pub(crate) struct EntryFacts {
    pub id: EntryId,
    pub kind: EntryKind,
    pub source_type: SourceType,
    pub recorded: DateTime<Utc>,
    /// When retention removes it (`None` only when that lies beyond the calendar).
    pub expires_at: Option<DateTime<Utc>>,
    /// The young person was informed, or a safety exception recorded.
    pub informed: bool,
    /// Consent recorded: whether it is still active.
    pub consent_active: Option<bool>,
}

/// What the worker did with one reminder.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Handled {
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub snoozed_until: Option<DateTime<Utc>>,
}

/// Every reminder the rules raise for `entries` (due or not yet), and the AVG principles,
/// which come back [`AVG_CYCLE_DAYS`] after they were last acknowledged.
pub(crate) fn raised(
    entries: &[EntryFacts],
    avg_acknowledged_at: Option<DateTime<Utc>>,
    expiry_warning: Duration,
    now: DateTime<Utc>,
) -> Vec<Reminder> {
    let mut raised = Vec::new();
    for entry in entries {
        if let Some(expires_at) = entry.expires_at
            && expires_at - now <= expiry_warning
        {
            raised.push(Reminder {
                id: ReminderId::new(ReminderKind::NearingExpiry, Some(entry.id)),
                kind: ReminderKind::NearingExpiry,
                entry: Some(entry.id),
                due: expires_at
                    .checked_sub_signed(expiry_warning)
                    .unwrap_or(expires_at),
                expires_at: Some(expires_at),
            });
        }
        if entry.kind != EntryKind::Signaal || entry.informed {
            continue;
        }
        let kind = match (entry.consent_active, entry.source_type) {
            (Some(true), _) => Some(ReminderKind::InformBeforeShare),
            (None, SourceType::DirectContact) => Some(ReminderKind::Transparency),
            _ => None,
        };
        if let Some(kind) = kind {
            raised.push(Reminder {
                id: ReminderId::new(kind, Some(entry.id)),
                kind,
                entry: Some(entry.id),
                due: entry.recorded,
                expires_at: None,
            });
        }
    }
    let avg_due = avg_acknowledged_at
        .and_then(|at| at.checked_add_signed(Duration::days(AVG_CYCLE_DAYS)))
        .unwrap_or(now);
    raised.push(Reminder {
        id: ReminderId::new(ReminderKind::AvgPrinciples, None),
        kind: ReminderKind::AvgPrinciples,
        entry: None,
        due: avg_due,
        expires_at: None,
    });
    raised
}

/// The raised reminders that are open at `now`: due, not acknowledged (the AVG principles
/// count by their due date instead), not snoozed; oldest first.
pub(crate) fn open(
    raised: Vec<Reminder>,
    handled: impl Fn(&ReminderId) -> Handled,
    now: DateTime<Utc>,
) -> Vec<Reminder> {
    let mut open: Vec<Reminder> = raised
        .into_iter()
        .filter(|r| r.due <= now)
        .filter(|r| {
            let state = handled(&r.id);
            let acknowledged =
                r.kind != ReminderKind::AvgPrinciples && state.acknowledged_at.is_some();
            let snoozed = state.snoozed_until.is_some_and(|until| until > now);
            !acknowledged && !snoozed
        })
        .collect();
    open.sort_by_key(|r| (r.due, r.id.to_string()));
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 9, 12, 0, 0).unwrap()
    }

    fn signal(source_type: SourceType) -> EntryFacts {
        EntryFacts {
            id: EntryId::random(),
            kind: EntryKind::Signaal,
            source_type,
            recorded: now() - Duration::hours(1),
            expires_at: Some(now() + Duration::days(200)),
            informed: false,
            consent_active: None,
        }
    }

    fn kinds(
        entries: &[EntryFacts],
        handled: impl Fn(&ReminderId) -> Handled,
    ) -> Vec<ReminderKind> {
        let raised = raised(entries, None, Duration::days(7), now());
        open(raised, handled, now())
            .iter()
            .map(|r| r.kind)
            .collect()
    }

    #[test]
    fn direct_contact_asks_for_openness_until_the_young_person_is_informed() {
        let mut entry = signal(SourceType::DirectContact);
        assert_eq!(
            kinds(std::slice::from_ref(&entry), |_| Handled::default()),
            [ReminderKind::Transparency, ReminderKind::AvgPrinciples],
            "oldest first"
        );
        entry.informed = true;
        assert_eq!(
            kinds(&[entry], |_| Handled::default()),
            [ReminderKind::AvgPrinciples]
        );
    }

    #[test]
    fn active_consent_asks_to_inform_before_sharing_whatever_the_source() {
        let mut entry = signal(SourceType::OpenSource);
        assert_eq!(
            kinds(std::slice::from_ref(&entry), |_| Handled::default()).len(),
            1
        );
        entry.consent_active = Some(true);
        assert!(
            kinds(std::slice::from_ref(&entry), |_| Handled::default())
                .contains(&ReminderKind::InformBeforeShare)
        );
        entry.consent_active = Some(false);
        assert_eq!(
            kinds(&[entry], |_| Handled::default()).len(),
            1,
            "withdrawn: nothing to inform"
        );
    }

    #[test]
    fn an_entry_near_its_end_is_announced_a_warning_ahead() {
        let mut entry = signal(SourceType::OpenSource);
        entry.kind = EntryKind::Trend;
        entry.expires_at = Some(now() + Duration::days(3));
        let raised = raised(std::slice::from_ref(&entry), None, Duration::days(7), now());
        let expiring = raised
            .iter()
            .find(|r| r.kind == ReminderKind::NearingExpiry)
            .expect("announced");
        assert_eq!(expiring.due, now() - Duration::days(4));
        assert_eq!(expiring.expires_at, entry.expires_at);
        entry.expires_at = None;
        assert_eq!(
            kinds(&[entry], |_| Handled::default()),
            [ReminderKind::AvgPrinciples]
        );
    }

    #[test]
    fn acknowledged_and_snoozed_reminders_stay_away_and_the_avg_one_comes_back() {
        let entry = signal(SourceType::DirectContact);
        let acknowledged = Handled {
            acknowledged_at: Some(now()),
            snoozed_until: None,
        };
        // The AVG principles come back by their due date, not by being acknowledged once.
        assert_eq!(
            kinds(std::slice::from_ref(&entry), |_| acknowledged.clone()),
            [ReminderKind::AvgPrinciples]
        );
        let snoozed = Handled {
            acknowledged_at: None,
            snoozed_until: Some(now() + Duration::hours(1)),
        };
        assert!(kinds(std::slice::from_ref(&entry), |_| snoozed.clone()).is_empty());
        let avg = |acknowledged: DateTime<Utc>| {
            let raised = raised(&[], Some(acknowledged), Duration::days(7), now());
            open(raised, |_| Handled::default(), now()).len()
        };
        assert_eq!(avg(now() - Duration::days(AVG_CYCLE_DAYS - 1)), 0);
        assert_eq!(avg(now() - Duration::days(AVG_CYCLE_DAYS)), 1);
    }
}
