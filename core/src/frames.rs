//! Role frames: what a user in a given role may record, with the basis for each rule in the
//! source texts (seeds 000, 002, 003). Enforced at capture and again at share time.
//!
//! A rule gives a notice with a severity: `Info` is shown and changes nothing; `NeedsJustification`
//! refuses the entry until the worker writes why it is not what the rule guards against (the
//! justification is kept with the entry and the override is audited); `Block` refuses it.

use chrono::{DateTime, Duration, Utc};
use leefwereld_locales::{Lang, tr};
use serde::{Deserialize, Serialize};

use crate::model::{EntryContent, EntryKind, Platform, Role, SourceType};
use crate::text::fold;

pub use crate::error::FrameRule;

/// How a notice affects saving or sharing.
#[cfg_attr(feature = "ffi", derive(uniffi::Enum), allow(unsafe_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Severity {
    /// Shown; changes nothing.
    Info,
    /// Refuses the entry until a justification (10 characters or more) says why it is not what
    /// the rule guards against.
    NeedsJustification,
    /// Refuses the entry.
    Block,
}

/// One rule applied to one entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameNotice {
    pub rule: FrameRule,
    pub severity: Severity,
}

impl FrameNotice {
    /// What the rule means for this entry, in plain words.
    pub fn explanation(&self, lang: Lang) -> String {
        tr(lang, &format!("frame-{}-explanation", self.rule.code()))
    }

    /// Where the rule comes from.
    pub fn basis(&self, lang: Lang) -> String {
        tr(lang, &format!("frame-{}-basis", self.rule.code()))
    }

    /// Whether this notice stops the entry as it is.
    pub fn refuses(&self, content: &EntryContent) -> bool {
        match self.severity {
            Severity::Info => false,
            Severity::Block => true,
            Severity::NeedsJustification => !has_justification(content),
        }
    }
}

fn has_justification(content: &EntryContent) -> bool {
    content
        .justification
        .as_deref()
        .is_some_and(|j| j.trim().chars().count() >= 10)
}

/// An earlier signal about (partly) the same people, as the vault found it.
#[derive(Debug, Clone)]
pub struct EarlierSignal {
    pub observed_at: DateTime<Utc>,
    pub reason: String,
}

/// The window in which repeated signals about the same alias count as a pattern.
pub const MONITORING_WINDOW_DAYS: i64 = 14;
/// Earlier signals about the same alias within the window that make a pattern even with new
/// reasons.
pub const MONITORING_PATTERN: usize = 3;

fn is_municipal(role: Role) -> bool {
    matches!(role, Role::MunicipalityOov | Role::Enforcement)
}

/// Applies the role frame of `role` to `content`. `earlier` lists earlier signals that share a
/// tagged alias with this one (the vault finds them through its alias pseudonyms).
pub fn check(role: Role, content: &EntryContent, earlier: &[EarlierSignal]) -> Vec<FrameNotice> {
    let mut notices = Vec::new();
    let mut add = |rule, severity| notices.push(FrameNotice { rule, severity });
    let signal = content.kind == EntryKind::Signaal;
    let closed = content.source_type == SourceType::ClosedGroup;
    if signal {
        let severity = if content.reason.trim().is_empty() {
            Severity::Block
        } else {
            Severity::Info
        };
        add(FrameRule::ConcreteReason, severity);
    }
    if is_municipal(role) && closed {
        if signal {
            add(FrameRule::MunicipalClosedSource, Severity::Block);
        } else {
            add(FrameRule::MunicipalClosedGroupTrend, Severity::Info);
        }
    }
    if role == Role::Enforcement
        && (content.platform != Platform::Offline || content.source_type != SourceType::Offline)
    {
        add(FrameRule::BoaOnline, Severity::Info);
    }
    if role == Role::Police && closed {
        let has_order = content
            .order_reference
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        add(
            FrameRule::PoliceClosedSource,
            if has_order {
                Severity::Info
            } else {
                Severity::Block
            },
        );
    }
    if signal && role == Role::YouthWorker && content.source_type == SourceType::DirectContact {
        add(FrameRule::Transparency, Severity::Info);
    }
    if signal && !content.aliases.is_empty() {
        let since = content
            .observed_at
            .checked_sub_signed(Duration::days(MONITORING_WINDOW_DAYS))
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        let recent: Vec<&EarlierSignal> =
            earlier.iter().filter(|e| e.observed_at >= since).collect();
        let reason = fold(content.reason.trim());
        let same_reason = recent.iter().any(|e| fold(e.reason.trim()) == reason);
        if same_reason || recent.len() >= MONITORING_PATTERN {
            add(
                FrameRule::SystematicMonitoring,
                Severity::NeedsJustification,
            );
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Theme;

    fn at() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-20T15:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn signal(source: SourceType) -> EntryContent {
        EntryContent::signal(
            Theme::PlannedFight,
            Platform::Snapchat,
            source,
            "tekst",
            "melding",
            at(),
        )
    }

    fn refused(role: Role, content: &EntryContent, earlier: &[EarlierSignal]) -> Vec<FrameRule> {
        check(role, content, earlier)
            .into_iter()
            .filter(|n| n.refuses(content))
            .map(|n| n.rule)
            .collect()
    }

    #[test]
    fn a_municipal_user_cannot_record_a_signal_from_a_closed_group() {
        for role in [Role::MunicipalityOov, Role::Enforcement] {
            assert_eq!(
                refused(role, &signal(SourceType::ClosedGroup), &[]),
                [FrameRule::MunicipalClosedSource]
            );
            assert!(refused(role, &signal(SourceType::OpenSource), &[]).is_empty());
        }
        assert!(refused(Role::YouthWorker, &signal(SourceType::ClosedGroup), &[]).is_empty());
    }

    #[test]
    fn police_need_an_order_reference_for_closed_sources() {
        let mut content = signal(SourceType::ClosedGroup);
        assert_eq!(
            refused(Role::Police, &content, &[]),
            [FrameRule::PoliceClosedSource]
        );
        content.order_reference = Some("OM-2026-0412".into());
        assert!(refused(Role::Police, &content, &[]).is_empty());
    }

    #[test]
    fn a_boa_is_told_online_work_is_outside_domain_1() {
        let notices = check(Role::Enforcement, &signal(SourceType::OpenSource), &[]);
        assert!(
            notices
                .iter()
                .any(|n| n.rule == FrameRule::BoaOnline && n.severity == Severity::Info)
        );
        let mut offline = signal(SourceType::Offline);
        offline.platform = Platform::Offline;
        assert!(
            !check(Role::Enforcement, &offline, &[])
                .iter()
                .any(|n| n.rule == FrameRule::BoaOnline)
        );
    }

    #[test]
    fn repeated_signals_about_one_alias_need_a_justification() {
        let mut content = signal(SourceType::OpenSource);
        content.aliases = vec!["Kevin".into()];
        let same = EarlierSignal {
            observed_at: at() - Duration::days(3),
            reason: "Melding ".into(),
        };
        assert_eq!(
            refused(Role::YouthWorker, &content, std::slice::from_ref(&same)),
            [FrameRule::SystematicMonitoring]
        );
        let old = EarlierSignal {
            observed_at: at() - Duration::days(30),
            reason: "melding".into(),
        };
        assert!(
            refused(Role::YouthWorker, &content, &[old]).is_empty(),
            "outside the window"
        );
        let new_reasons: Vec<EarlierSignal> = (0..3)
            .map(|i| EarlierSignal {
                observed_at: at() - Duration::days(i),
                reason: format!("andere reden {i}"),
            })
            .collect();
        assert_eq!(
            refused(Role::YouthWorker, &content, &new_reasons),
            [FrameRule::SystematicMonitoring]
        );
        content.justification = Some("Nieuwe dreiging: wapen getoond in story".into());
        assert!(refused(Role::YouthWorker, &content, &[same]).is_empty());
    }

    #[test]
    fn a_signal_without_reason_is_blocked_and_trends_are_free() {
        let mut content = signal(SourceType::OpenSource);
        content.reason = "  ".into();
        assert_eq!(
            refused(Role::YouthWorker, &content, &[]),
            [FrameRule::ConcreteReason]
        );
        let trend = EntryContent::trend(Theme::Borderline, Platform::TikTok, "t", at());
        assert!(check(Role::MunicipalityOov, &trend, &[]).is_empty());
    }

    #[test]
    fn every_rule_has_an_explanation_and_a_basis_in_both_languages() {
        for rule in FrameRule::ALL {
            for lang in Lang::ALL {
                let notice = FrameNotice {
                    rule: *rule,
                    severity: Severity::Info,
                };
                assert!(
                    !notice.explanation(lang).starts_with("frame-"),
                    "{rule} {lang:?}"
                );
                assert!(!notice.basis(lang).starts_with("frame-"), "{rule} {lang:?}");
                assert!(leefwereld_locales::has(lang, &rule.label_id()));
            }
        }
    }
}
