//! The partners' information positions, the principles, the municipal conditions and the share
//! guidance: complete in Dutch and English, and true to the legal facts of the seeds.

use std::collections::BTreeSet;

use leefwereld_core::positions::{self, Heading, Partner, Position};
use leefwereld_core::{Lang, Role};
use leefwereld_locales::{message_ids, tr};

/// A text that is empty, still holds Fluent syntax, or is a bare id was never translated.
fn assert_written(text: &str, what: &str) {
    assert!(!text.trim().is_empty(), "{what} is empty");
    assert!(
        !text.contains('{'),
        "{what} holds unresolved Fluent: {text}"
    );
    assert!(
        !text.starts_with("position-") && !text.starts_with("partner-"),
        "{what} is a message id, not a text: {text}"
    );
}

fn all_written(items: &[String], what: &str) {
    assert!(!items.is_empty(), "{what} has no items");
    for (n, item) in items.iter().enumerate() {
        assert_written(item, &format!("{what} item {}", n + 1));
    }
}

fn section_lengths(position: &Position) -> Vec<usize> {
    position
        .sections()
        .iter()
        .map(|(_, items)| items.len())
        .collect()
}

#[test]
fn every_partner_card_is_filled_in_in_both_languages() {
    for lang in Lang::ALL {
        for &partner in Partner::ALL {
            let card = positions::position(partner, lang);
            let what = format!("{} card in {}", partner.code(), lang.code());
            assert_eq!(card.partner, partner);
            assert_written(&partner.label(lang), &format!("{what}: label"));
            assert_written(&card.role, &format!("{what}: role"));
            for (heading, items) in card.sections() {
                all_written(items, &format!("{what}: {}", heading.code()));
            }
        }
        assert_written(&positions::disclaimer(lang), "disclaimer");
        for &heading in Heading::ALL {
            assert_written(&heading.label(lang), &format!("heading {}", heading.code()));
        }
    }
}

#[test]
fn dutch_and_english_have_the_same_number_of_items_everywhere() {
    for &partner in Partner::ALL {
        let nl = positions::position(partner, Lang::Nl);
        let en = positions::position(partner, Lang::En);
        assert_eq!(section_lengths(&nl), section_lengths(&en), "{partner} card");
        let nl = positions::share_guidance(partner, Lang::Nl);
        let en = positions::share_guidance(partner, Lang::En);
        assert_eq!(nl.may.len(), en.may.len(), "{partner} may");
        assert_eq!(nl.may_not.len(), en.may_not.len(), "{partner} may not");
    }
    assert_eq!(
        positions::principles(Lang::Nl).len(),
        positions::principles(Lang::En).len()
    );
    let nl = positions::municipal_conditions(Lang::Nl);
    let en = positions::municipal_conditions(Lang::En);
    assert_eq!(nl.conditions.len(), en.conditions.len());
    assert_eq!(nl.avg_principles.len(), en.avg_principles.len());
    assert_eq!(nl.notes.len(), en.notes.len());
}

#[test]
fn there_are_four_principles_for_all_partners() {
    for lang in Lang::ALL {
        let principles = positions::principles(lang);
        assert_eq!(principles.len(), 4, "{}", lang.code());
        for principle in &principles {
            assert_written(&principle.title, "principle title");
            assert_written(&principle.body, "principle body");
        }
    }
}

#[test]
fn the_municipality_has_four_conditions_and_the_seven_avg_principles() {
    for lang in Lang::ALL {
        let municipal = positions::municipal_conditions(lang);
        assert_written(&municipal.basis, "municipal basis");
        assert_eq!(municipal.conditions.len(), 4, "{}", lang.code());
        assert_eq!(municipal.avg_principles.len(), 7, "{}", lang.code());
        all_written(&municipal.conditions, "conditions");
        all_written(&municipal.avg_principles, "AVG principles");
        all_written(&municipal.notes, "municipal notes");
        for article in ["151", "172", "175", "176"] {
            assert!(municipal.basis.contains(article), "article {article}");
        }
        let notes = municipal.notes.join("\n");
        for must in ["(PO)", "(FG)", "DPIA"] {
            assert!(notes.contains(must), "notes lack {must} in {}", lang.code());
        }
    }
    // The Dutch names are the legal terms of seed 000, in its order.
    let avg = positions::municipal_conditions(Lang::Nl).avg_principles;
    let names = [
        "Rechtmatigheid:",
        "Behoorlijkheid en transparantie:",
        "Doelbinding:",
        "Dataminimalisatie:",
        "Juistheid en actualiteit:",
        "Integriteit en vertrouwelijkheid:",
        "Opslagbeperking:",
    ];
    for (item, name) in avg.iter().zip(names) {
        assert!(item.starts_with(name), "{item} should start with {name}");
    }
}

#[test]
fn each_partner_gets_its_own_may_and_may_not_for_a_share() {
    for lang in Lang::ALL {
        let all: Vec<_> = Partner::ALL
            .iter()
            .map(|&p| positions::share_guidance(p, lang))
            .collect();
        let in_every = |pick: fn(&positions::ShareGuidance) -> &Vec<String>| -> BTreeSet<String> {
            let mut common: BTreeSet<String> = pick(&all[0]).iter().cloned().collect();
            for guidance in &all[1..] {
                common.retain(|item| pick(guidance).contains(item));
            }
            common
        };
        let common_may = in_every(|g| &g.may);
        let common_may_not = in_every(|g| &g.may_not);
        for guidance in &all {
            let what = format!("{} share in {}", guidance.partner, lang.code());
            all_written(&guidance.may, &format!("{what}: may"));
            all_written(&guidance.may_not, &format!("{what}: may not"));
            assert_written(&guidance.basis, &format!("{what}: basis"));
            assert!(
                guidance.may.iter().any(|i| !common_may.contains(i)),
                "{what}: nothing of its own it may do"
            );
            assert!(
                guidance.may_not.iter().any(|i| !common_may_not.contains(i)),
                "{what}: nothing of its own it may not do"
            );
        }
    }
}

#[test]
fn the_legal_facts_of_the_seeds_are_stated() {
    let nl = Lang::Nl;
    let police = positions::share_guidance(Partner::Police, nl);
    assert!(
        police
            .may_not
            .iter()
            .any(|i| i.contains("besloten bronnen") && i.contains("opsporingsbevel van het OM")),
        "closed sources need an order of the OM"
    );
    assert!(police.basis.contains("functioneel account"));

    let enforcement = positions::position(Partner::Enforcement, nl)
        .online
        .join("\n");
    assert!(enforcement.contains("boa domein 1") && enforcement.contains("inzetcriterium"));
    let enforcement = positions::share_guidance(Partner::Enforcement, nl);
    assert!(
        enforcement
            .may_not
            .iter()
            .any(|i| i.contains("boa domein 1"))
    );

    let municipality = positions::position(Partner::MunicipalityOov, nl);
    assert!(
        municipality
            .online
            .iter()
            .any(|i| i.contains("niet systematisch monitoren"))
    );
    let municipality = positions::share_guidance(Partner::MunicipalityOov, nl);
    assert!(
        municipality
            .may_not
            .iter()
            .any(|i| i.contains("Systematisch monitoren"))
    );

    let youth = positions::position(Partner::YouthWork, nl);
    assert!(youth.online.iter().any(|i| i.contains("transparant")));

    for lang in Lang::ALL {
        for partner in [
            Partner::Police,
            Partner::MunicipalityOov,
            Partner::Enforcement,
        ] {
            let training = positions::position(partner, lang).training.join("\n");
            let basic = training.lines().find(|l| l.contains("OGG1")).unwrap_or("");
            let advanced = training.lines().find(|l| l.contains("OGG2")).unwrap_or("");
            let technical = training.lines().find(|l| l.contains("OGG4")).unwrap_or("");
            assert!(basic.contains("Bas"), "{partner}: OGG1 is the basic level");
            assert!(advanced.contains("Advanced") && advanced.contains("OGG3"));
            assert!(
                technical.contains("Technical"),
                "{partner}: OGG4 is technical"
            );
        }
    }
}

/// The matrix says what the cards say: each verdict matches its words and the seed's facts.
#[test]
fn the_matrix_agrees_with_the_seed_and_with_its_own_words() {
    use positions::{Activity, Allowance, allowance, matrix_row};
    // Seed 002: closed sources for police only under an OM order; boa domain 1 not online;
    // a school has no active role online; the municipality's basis is public sources only.
    assert_eq!(
        allowance(Partner::Police, Activity::ClosedGroups),
        Allowance::Conditional
    );
    assert_eq!(
        allowance(Partner::Police, Activity::OpenSources),
        Allowance::Allowed
    );
    assert_eq!(
        allowance(Partner::Enforcement, Activity::ClosedGroups),
        Allowance::NotAllowed
    );
    assert_ne!(
        allowance(Partner::Enforcement, Activity::OpenSources),
        Allowance::Allowed,
        "as boa domain 1 they do not work online"
    );
    for activity in [
        Activity::OpenSources,
        Activity::ClosedGroups,
        Activity::WorkAccount,
        Activity::AnonymousAccount,
    ] {
        assert_eq!(allowance(Partner::School, activity), Allowance::NoRole);
    }
    assert_eq!(
        allowance(Partner::MunicipalityOov, Activity::ClosedGroups),
        Allowance::NotAllowed
    );
    let nl = |p, a| {
        matrix_row(p, Lang::Nl)
            .into_iter()
            .find(|c| c.activity == a)
            .unwrap()
            .words
    };
    assert!(nl(Partner::Police, Activity::ClosedGroups).contains("opsporingsbevel van het OM"));
    assert!(nl(Partner::Enforcement, Activity::OpenSources).contains("boa domein 1 niet"));
    assert!(nl(Partner::MunicipalityOov, Activity::OpenSources).contains("Nooit systematisch"));
    // The words add to the verdict, never repeat or contradict it: none opens with a verdict
    // (the screen shows the verdict right above them).
    for lang in Lang::ALL {
        let verdicts: Vec<String> = Allowance::ALL
            .iter()
            .map(|a| a.label(lang).to_lowercase())
            .collect();
        for &partner in Partner::ALL {
            let row = matrix_row(partner, lang);
            assert_eq!(row.len(), Activity::ALL.len());
            for cell in row {
                assert_written(&cell.words, &format!("{partner}/{}", cell.activity));
                let words = cell.words.to_lowercase();
                let opens_with = |label: &String| {
                    words
                        .strip_prefix(label.as_str())
                        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
                };
                assert!(
                    !verdicts.iter().any(opens_with),
                    "{partner}/{}: {words}",
                    cell.activity
                );
            }
        }
    }
}

#[test]
fn searching_the_cards_finds_the_partners_that_mention_every_word() {
    assert_eq!(positions::search("", Lang::Nl).len(), Partner::ALL.len());
    assert_eq!(
        positions::search("  OPSPORINGSBEVEL  ", Lang::Nl),
        vec![Partner::Police]
    );
    let boa = positions::search("boa", Lang::Nl);
    assert!(boa.contains(&Partner::Enforcement));
    // More words narrow the search: every word must be there.
    let narrower = positions::search("boa schoolveiligheidsplan", Lang::Nl);
    assert!(narrower.iter().all(|p| boa.contains(p)) && narrower.len() < boa.len());
    assert!(positions::search("schoolveiligheidsplan", Lang::Nl).contains(&Partner::School));
    assert!(positions::search("qwertyuiop", Lang::En).is_empty());
}

#[test]
fn every_role_has_its_partner_and_a_team_lead_has_none() {
    let mut reached = BTreeSet::new();
    for &role in Role::ALL {
        match Partner::for_role(role) {
            Some(partner) => {
                assert_ne!(role, Role::TeamLead);
                reached.insert(partner);
            }
            None => assert_eq!(role, Role::TeamLead, "{role} has no partner"),
        }
    }
    let every: BTreeSet<Partner> = Partner::ALL.iter().copied().collect();
    assert_eq!(reached, every, "some partner belongs to no role");
    assert_eq!(
        Partner::for_role(Role::YouthWorker),
        Some(Partner::YouthWork)
    );
    assert_eq!(
        Partner::for_role(Role::Enforcement),
        Some(Partner::Enforcement)
    );
}

#[test]
fn partner_codes_are_stable() {
    let codes: Vec<_> = Partner::ALL.iter().map(|p| p.code()).collect();
    assert_eq!(
        codes,
        [
            "politie",
            "toezicht-handhaving",
            "school",
            "gemeente-oov",
            "jongerenwerk"
        ]
    );
    for &partner in Partner::ALL {
        assert_eq!(Partner::from_code(partner.code()), Some(partner));
    }
}

/// Every text written for this module in `locales/` is shown somewhere: a numbering gap or a
/// misspelt id would otherwise leave a text silently unread.
#[test]
fn every_position_text_in_the_locales_reaches_the_reader() {
    for lang in Lang::ALL {
        let mut shown = BTreeSet::new();
        shown.insert(positions::disclaimer(lang));
        shown.extend(Heading::ALL.iter().map(|h| h.label(lang)));
        for &partner in Partner::ALL {
            shown.insert(partner.label(lang));
            let card = positions::position(partner, lang);
            shown.insert(card.role.clone());
            for (_, items) in card.sections() {
                shown.extend(items.iter().cloned());
            }
            let guidance = positions::share_guidance(partner, lang);
            shown.insert(guidance.basis);
            shown.extend(guidance.may);
            shown.extend(guidance.may_not);
            shown.extend(
                positions::matrix_row(partner, lang)
                    .into_iter()
                    .map(|c| c.words),
            );
        }
        shown.extend(positions::Activity::ALL.iter().map(|a| a.label(lang)));
        shown.extend(positions::Allowance::ALL.iter().map(|a| a.label(lang)));
        for principle in positions::principles(lang) {
            shown.insert(principle.title);
            shown.insert(principle.body);
        }
        let municipal = positions::municipal_conditions(lang);
        shown.insert(municipal.basis);
        shown.extend(municipal.conditions);
        shown.extend(municipal.avg_principles);
        shown.extend(municipal.notes);

        let unread: Vec<_> = message_ids(lang)
            .into_iter()
            .filter(|id| id.starts_with("position-") || id.starts_with("partner-"))
            .filter(|id| !shown.contains(&tr(lang, id)))
            .collect();
        assert!(
            unread.is_empty(),
            "never shown in {}: {unread:?}",
            lang.code()
        );
    }
}
