//! The municipality's set-up as code: `scripts/openzaak-setup.py` configures the test server
//! through its Catalogi and Autorisaties APIs the way it would configure Open Zaak, writes a
//! connection profile, and a worker's vault shares through that configuration. Publishing a
//! zaaktype without its parts is refused, as Open Zaak refuses it.

use std::process::Command;
use std::sync::Arc;

use leefwereld_core::{Clock, ManualClock, Vault};
use leefwereld_tests::municipality::Municipality;
use leefwereld_tests::zgw::{ServerConfig, ZgwServer};
use leefwereld_tests::{PASSPHRASE, fast_options, youth_worker};
use leefwereld_zgw::ConnectionExt;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/openzaak-setup.py");

fn run_setup(server: &ZgwServer, town: &Municipality, out: &std::path::Path) -> (bool, String) {
    let config = server.config();
    let output = Command::new("python3")
        .arg(SCRIPT)
        .args(["--base", server.base_url()])
        .args(["--admin-client-id", &config.client_id])
        .args(["--catalogus", &server.catalogus_url()])
        .args(["--rsin", &config.rsin])
        .args(["--municipality", "Gemeente Voorbeeldstad"])
        .args(["--zaaktype", "LW-OPGEZET"])
        .args(["--informatieobjecttype", "Leefwereld-opgezet"])
        .args(["--client-id", &config.client_id])
        .args(["--recipient", &town.recipient])
        .args([
            "--resultaattypeomschrijving",
            "https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7",
        ])
        .args([
            "--selectielijstklasse",
            "https://selectielijst.openzaak.nl/api/v1/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829",
        ])
        .arg("--out")
        .arg(out)
        .env("LW_ADMIN_SECRET", &config.secret)
        .env("LW_CLIENT_SECRET", &config.secret)
        .output()
        .expect("python3 runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[test]
fn the_setup_script_configures_the_case_system_and_its_profile_shares() {
    let server = ZgwServer::start(ServerConfig::default());
    let town = Municipality::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("koppelprofiel.json");

    let (ok, text) = run_setup(&server, &town, &out);
    assert!(ok, "{text}");
    assert!(text.contains("zaaktype published"), "{text}");
    assert!(
        text.contains("Client credentials"),
        "the manual step is named: {text}"
    );
    assert!(
        !text.contains(&server.config().secret),
        "no secret on the screen"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out)
            .expect("profile")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the profile holds a secret");
    }
    let applicaties = server.applicaties();
    assert_eq!(applicaties.len(), 1);
    let scopes: Vec<String> = applicaties[0]["autorisaties"]
        .as_array()
        .expect("autorisaties")
        .iter()
        .flat_map(|a| a["scopes"].as_array().cloned().unwrap_or_default())
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect();
    assert!(
        !scopes.iter().any(
            |s| s.contains("geforceerd") || s.contains("verwijderen") && s.starts_with("zaken")
        ),
        "{scopes:?}"
    );
    assert!(scopes.contains(&"documenten.verwijderen".to_owned()));

    // Run again: everything is found, nothing made twice.
    let (ok, text) = run_setup(&server, &town, &out);
    assert!(ok, "{text}");
    assert!(text.contains("already published"), "{text}");
    assert_eq!(server.applicaties().len(), 1);

    // A worker imports the profile and shares through the new zaaktype.
    let vault_dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let vault = Vault::create(
        vault_dir.path().join("vault"),
        PASSPHRASE,
        youth_worker(),
        fast_options(clock.clone() as Arc<dyn Clock>),
    )
    .expect("vault");
    let profile = std::fs::read_to_string(&out).expect("profile");
    vault
        .connection()
        .import(&profile)
        .expect("the written profile is valid");
    let entry = vault
        .entries()
        .capture(
            leefwereld_core::EntryContent::trend(
                leefwereld_core::Theme::Recruitment,
                leefwereld_core::Platform::Telegram,
                "Ronselberichten in groepschats",
                vault.now(),
            ),
            vec![],
        )
        .expect("capture");
    vault
        .sharing()
        .record_consent(
            entry.id,
            leefwereld_tests::municipality::trend_release(vault.now()),
        )
        .expect("release");
    vault
        .sharing()
        .share(entry.id, leefwereld_core::Partner::MunicipalityOov)
        .expect("share");
    let report = vault.connection().sync(false, &mut |_| {}).expect("sync");
    assert_eq!(report.delivered, 1, "{report:?}");
    assert!(
        server.refused_requests().is_empty(),
        "{:#?}",
        server.refused_requests()
    );
    let zaak = &server.zaken()[0];
    assert!(zaak.json["zaaktype"].as_str().is_some());
}

#[test]
fn a_zaaktype_without_its_parts_is_not_published() {
    let server = ZgwServer::start(ServerConfig::default());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let post = |url: &str, body: serde_json::Value| {
        let mut response = agent
            .post(url)
            .header("Authorization", format!("Bearer {}", server.token()))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .send(body.to_string())
            .expect("request");
        let status = response.status().as_u16();
        let body: serde_json::Value =
            serde_json::from_slice(&response.body_mut().read_to_vec().expect("body"))
                .unwrap_or_default();
        (status, body)
    };
    let today = chrono::Utc::now().date_naive().to_string();
    let body = serde_json::json!({
        "identificatie": "LW-KAAL", "omschrijving": "Kaal", "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "doel": "d", "aanleiding": "a", "indicatieInternOfExtern": "extern", "handelingInitiator": "h",
        "onderwerp": "o", "handelingBehandelaar": "b", "doorlooptijd": "P30D",
        "opschortingEnAanhoudingMogelijk": false, "verlengingMogelijk": false,
        "publicatieIndicatie": false, "productenOfDiensten": [], "referentieproces": {"naam": "r"},
        "verantwoordelijke": "v", "catalogus": server.catalogus_url(), "besluittypen": [],
        "deelzaaktypen": [], "gerelateerdeZaaktypen": [], "beginGeldigheid": today, "versiedatum": today,
    });
    let (status, zaaktype) = post(
        &format!("{}/zaaktypen", server.catalogi_url()),
        body.clone(),
    );
    assert_eq!(status, 201, "{zaaktype}");
    let url = zaaktype["url"].as_str().expect("url");
    let (status, problem) = post(&format!("{url}/publish"), body);
    assert_eq!(status, 400, "{problem}");
    let codes: Vec<&str> = problem["invalidParams"]
        .as_array()
        .expect("invalidParams")
        .iter()
        .filter_map(|p| p["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        [
            "missing-roltype",
            "missing-resultaattype",
            "missing-statustypen"
        ]
    );
}
