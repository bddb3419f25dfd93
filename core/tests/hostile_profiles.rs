//! Hostile connection profiles: each one crafted to send the token somewhere else, to exhaust
//! the app, or to slip past the checks; each refused with its own translated reason, and none
//! stored.

mod support;

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use leefwereld_core::sync::{ConnectionProfile, ProfileProblem};
use leefwereld_core::{Error, Lang, ManualClock, Vault};
use serde_json::{Value, json};
use support::*;

fn good() -> Value {
    serde_json::from_str(&municipality().profile_json).unwrap()
}

fn with(change: impl FnOnce(&mut Value)) -> String {
    let mut value = good();
    change(&mut value);
    value.to_string()
}

fn url(field: &'static str, value: &str) -> String {
    let value = value.to_owned();
    with(move |v| v[field] = Value::String(value))
}

fn recipient() -> String {
    age::x25519::Identity::generate().to_public().to_string()
}

/// Every hostile profile with the problem it must be refused for.
fn hostile() -> Vec<(&'static str, String, ProfileProblem)> {
    use ProfileProblem::*;
    // Under the size limit, so that serde_json's own depth limit is what refuses it.
    let deep = format!("{}1{}", "[".repeat(5_000), "]".repeat(5_000));
    let many: Vec<String> = (0..21).map(|_| recipient()).collect();
    vec![
        // Where the token would go.
        (
            "user info hiding the host",
            url(
                "zaken_url",
                "http://localhost:1@127.0.0.1:8000/zaken/api/v1",
            ),
            UserInfo("zaken_url"),
        ),
        (
            "user and password",
            url("catalogi_url", "https://gemeente:geheim@zaken.example.nl/"),
            UserInfo("catalogi_url"),
        ),
        (
            "user info with an https host",
            url("documenten_url", "https://zaken.example.nl@evil.example/"),
            UserInfo("documenten_url"),
        ),
        (
            "look-alike loopback domain",
            url("zaken_url", "http://127.attacker.example/zaken"),
            HttpsRequired("zaken_url"),
        ),
        (
            "localhost as a subdomain",
            url("zaken_url", "http://localhost.attacker.example/zaken"),
            HttpsRequired("zaken_url"),
        ),
        (
            "localhost with a trailing dot",
            url("zaken_url", "http://localhost./zaken"),
            HttpsRequired("zaken_url"),
        ),
        (
            "plain http to a private network",
            url("zaken_url", "http://192.168.1.10/zaken"),
            HttpsRequired("zaken_url"),
        ),
        (
            "plain http to the internet",
            url("documenten_url", "http://zaken.example.nl/documenten"),
            HttpsRequired("documenten_url"),
        ),
        (
            "plain http to an IPv6 address that is not ::1",
            url("zaken_url", "http://[fe80::1]/zaken"),
            HttpsRequired("zaken_url"),
        ),
        (
            "another scheme",
            url("catalogi_url", "ftp://zaken.example.nl/"),
            BadUrl("catalogi_url"),
        ),
        (
            "a javascript URL",
            url("catalogi_url", "javascript:alert(1)"),
            BadUrl("catalogi_url"),
        ),
        (
            "a file URL",
            url("zaken_url", "file:///etc/passwd"),
            BadUrl("zaken_url"),
        ),
        (
            "no scheme",
            url("zaken_url", "zaken.example.nl/zaken"),
            BadUrl("zaken_url"),
        ),
        (
            "a newline inside the host",
            url("zaken_url", "https://zaken.exa\nmple.nl/"),
            BadUrl("zaken_url"),
        ),
        (
            "a query string",
            url("zaken_url", "https://zaken.example.nl/zaken?token=1"),
            BadUrl("zaken_url"),
        ),
        (
            "a fragment",
            url("zaken_url", "https://zaken.example.nl/zaken#x"),
            BadUrl("zaken_url"),
        ),
        (
            "port above 65535",
            url("zaken_url", "https://zaken.example.nl:99999/zaken"),
            BadPort("zaken_url"),
        ),
        (
            "port zero",
            url("zaken_url", "https://zaken.example.nl:0/zaken"),
            BadPort("zaken_url"),
        ),
        (
            "a 10 MB URL",
            url(
                "zaken_url",
                &format!("https://zaken.example.nl/{}", "a".repeat(10_000_000)),
            ),
            TooLarge,
        ),
        (
            "a URL just over its limit",
            url(
                "catalogi_url",
                &format!("https://zaken.example.nl/{}", "a".repeat(600)),
            ),
            TooLong("catalogi_url"),
        ),
        // Exhaustion and structure.
        (
            "20,000 recipients",
            with(|v| v["recipients"] = json!(vec![recipient(); 20_000])),
            TooLarge,
        ),
        (
            "21 recipients",
            with(move |v| v["recipients"] = json!(many)),
            TooManyRecipients,
        ),
        ("deeply nested JSON", deep, NotAProfile),
        (
            "a field as an object",
            with(|v| v["municipality"] = json!({"naam": {"nog": "dieper"}})),
            NotAProfile,
        ),
        (
            "recipients as a string",
            with(|v| v["recipients"] = json!("age1...")),
            NotAProfile,
        ),
        ("a JSON array", "[1,2,3]".into(), NotAProfile),
        ("not JSON", "dit is geen profiel".into(), NotAProfile),
        ("empty", "".into(), NotAProfile),
        (
            "another format",
            with(|v| v["format"] = json!("leefwereld-connection/9")),
            UnknownFormat("leefwereld-connection/9".into()),
        ),
        // Recipients.
        (
            "a recipient that is not age",
            with(|v| v["recipients"] = json!(["ssh-ed25519 AAAA"])),
            BadRecipient(0),
        ),
        (
            "an age secret key as recipient",
            with(|v| {
                v["recipients"] = json!([recipient(), "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQ"])
            }),
            BadRecipient(1),
        ),
        (
            "no recipients",
            with(|v| v["recipients"] = json!([])),
            Missing("recipients"),
        ),
        // Credentials and identifiers.
        (
            "a one-character secret",
            with(|v| v["secret"] = json!("x")),
            SecretTooShort,
        ),
        (
            "a 31-character secret",
            with(|v| v["secret"] = json!("a".repeat(31))),
            SecretTooShort,
        ),
        (
            "a secret of spaces around a short one",
            with(|v| v["secret"] = json!(format!("{}kort{}", " ".repeat(20), " ".repeat(20)))),
            SecretTooShort,
        ),
        (
            "no secret",
            with(|v| {
                v.as_object_mut().unwrap().remove("secret");
            }),
            Missing("secret"),
        ),
        (
            "a huge client id",
            with(|v| v["client_id"] = json!("c".repeat(201))),
            TooLong("client_id"),
        ),
        (
            "a client id with a bidi override",
            with(|v| v["client_id"] = json!("leefwereld\u{202E}dlrow")),
            Unprintable("client_id"),
        ),
        (
            "a municipality with a zero-width space",
            with(|v| v["municipality"] = json!("Gemeente\u{200B}Voorbeeldstad")),
            Unprintable("municipality"),
        ),
        (
            "a zaaktype with a control character",
            with(|v| v["zaaktype"] = json!("LW\u{0007}SIGNAAL")),
            Unprintable("zaaktype"),
        ),
        (
            "an RSIN that fails the eleven test",
            with(|v| v["bronorganisatie"] = json!("123456789")),
            BadRsin,
        ),
        (
            "an RSIN with letters",
            with(|v| v["bronorganisatie"] = json!("00222064a")),
            BadRsin,
        ),
        (
            "an unknown confidentiality",
            with(|v| v["vertrouwelijkheidaanduiding"] = json!("topgeheim")),
            BadConfidentiality,
        ),
        (
            "a team id with spaces",
            with(|v| v["team"] = json!({"id": "team zuid!", "recipient": recipient()})),
            BadTeam,
        ),
        (
            "a team with a bad lead key",
            with(|v| v["team"] = json!({"id": "jw-zuid", "recipient": "age1nietgeldig"})),
            BadTeam,
        ),
        (
            "a privacy officer without a name",
            with(|v| v["privacy_officer"] = json!({"name": " ", "contact": "fg@voorbeeldstad.nl"})),
            Missing("privacy_officer.name"),
        ),
        (
            "a privacy officer's contact with a bidi override",
            with(|v| {
                v["privacy_officer"] =
                    json!({"name": "FG Voorbeeldstad", "contact": "fg@\u{202e}ln.dats"})
            }),
            Unprintable("privacy_officer.contact"),
        ),
        (
            "a privacy officer's contact of a page's length",
            with(|v| v["privacy_officer"] = json!({"name": "FG", "contact": "x".repeat(121)})),
            TooLong("privacy_officer.contact"),
        ),
        // The QR form.
        (
            "LWP1 that is not base64url",
            "LWP1:!!!***".into(),
            NotAProfile,
        ),
        (
            "LWP1 that is not UTF-8",
            format!("LWP1:{}", URL_SAFE_NO_PAD.encode([0xff, 0xfe, 0x00])),
            NotAProfile,
        ),
        (
            "LWP1 that is not a profile",
            format!("LWP1:{}", URL_SAFE_NO_PAD.encode(b"{\"hallo\":1}")),
            NotAProfile,
        ),
        (
            "LWP1 around a hostile profile",
            format!(
                "LWP1:{}",
                URL_SAFE_NO_PAD.encode(url("zaken_url", "http://a:b@127.0.0.1:8000/z"))
            ),
            UserInfo("zaken_url"),
        ),
    ]
}

#[test]
fn each_hostile_profile_is_refused_with_its_translated_reason() {
    let cases = hostile();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    for (name, text, expected) in cases {
        let problem = ConnectionProfile::parse(&text).expect_err(name);
        assert_eq!(problem, expected, "{name}");
        for lang in Lang::ALL {
            let message = problem.localized(lang);
            assert!(
                !message.starts_with("profile-problem-") && message.len() > 20,
                "{name}: untranslated {message:?}"
            );
            if let ProfileProblem::UserInfo(field)
            | ProfileProblem::HttpsRequired(field)
            | ProfileProblem::BadPort(field)
            | ProfileProblem::Unprintable(field) = &problem
            {
                assert!(message.contains(field), "{name}: {message}");
            }
        }
    }
}

#[test]
fn a_refused_profile_is_not_stored_and_the_good_one_stays() {
    let clock = Arc::new(ManualClock::new(start()));
    let dir = tempfile::tempdir().unwrap();
    let vault =
        Vault::create(dir.path().join("v"), PASSPHRASE, profile(), options(&clock)).unwrap();
    let good = vault
        .connection()
        .import(&municipality().profile_json)
        .unwrap();
    for (name, text, _) in hostile() {
        let err = vault.connection().import(&text).expect_err(name);
        assert!(
            matches!(err, Error::ConnectionProfile(_)),
            "{name}: {err:?}"
        );
    }
    assert_eq!(vault.connection().profile().unwrap(), Some(good));
}

#[test]
fn the_import_screen_can_show_a_fingerprint_for_every_key() {
    let profile = ConnectionProfile::parse(&with(|v| {
        v["team"] = json!({"id": "jw-zuid", "recipient": recipient()})
    }))
    .unwrap();
    let prints = profile.recipient_fingerprints();
    assert_eq!(prints.len(), 1);
    let print = &prints[0].fingerprint;
    assert_eq!(print.len(), 35, "six groups of five digits: {print}");
    assert!(
        print
            .split(' ')
            .all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_digit()))
    );
    let team = profile.team_fingerprint().unwrap();
    assert_ne!(&team.fingerprint, print, "different keys, different digits");
    assert_eq!(
        leefwereld_core::sync::fingerprint(&prints[0].key),
        *print,
        "the same key always gives the same digits"
    );
}

#[test]
fn a_profile_may_name_the_privacy_officer() {
    let text = with(|v| {
        v["privacy_officer"] =
            json!({"name": "Functionaris gegevensbescherming", "contact": "fg@voorbeeldstad.nl"})
    });
    let profile = ConnectionProfile::parse(&text).unwrap();
    let officer = profile.privacy_officer.expect("named");
    assert_eq!(officer.name, "Functionaris gegevensbescherming");
    assert_eq!(officer.contact, "fg@voorbeeldstad.nl");
    // Without one, the profile is as valid as before.
    assert!(
        ConnectionProfile::parse(&good().to_string())
            .unwrap()
            .privacy_officer
            .is_none()
    );
}
