//! The phone shells declare what SECURITY.md claims for them: the Android app keeps no backup
//! (a restored backup would roll the vault back), lets nothing of its files out through backup
//! or device transfer, speaks no cleartext HTTP and needs Android 9; `dx` really uses this
//! manifest (Dioxus.toml points at it).

use std::path::{Path, PathBuf};

const ANDROID: &str = "http://schemas.android.com/apk/res/android";

fn mobile_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dioxus_toml() -> toml::Table {
    let text = std::fs::read_to_string(mobile_dir().join("Dioxus.toml")).unwrap();
    text.parse().unwrap()
}

fn manifest_path() -> PathBuf {
    let config = dioxus_toml();
    let path = config["application"]["android_manifest"]
        .as_str()
        .expect("Dioxus.toml names the Android manifest dx builds with");
    mobile_dir().join(path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn android_needs_android_9_or_later() {
    let config = dioxus_toml();
    assert_eq!(
        config["application"]["android_min_sdk_version"].as_integer(),
        Some(28)
    );
}

#[test]
fn the_android_app_keeps_no_backup_and_speaks_no_cleartext() {
    let text = read(&manifest_path());
    let doc = roxmltree::Document::parse(&text).unwrap();
    let application = doc
        .descendants()
        .find(|n| n.has_tag_name("application"))
        .unwrap();
    for (attribute, value) in [
        ("allowBackup", "false"),
        ("fullBackupContent", "false"),
        ("usesCleartextTraffic", "false"),
        ("dataExtractionRules", "@xml/data_extraction_rules"),
    ] {
        assert_eq!(
            application.attribute((ANDROID, attribute)),
            Some(value),
            "android:{attribute}"
        );
    }
    // One permission: the network, for sync.
    let permissions: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("uses-permission"))
        .filter_map(|n| n.attribute((ANDROID, "name")))
        .collect();
    assert_eq!(permissions, ["android.permission.INTERNET"]);
    // dx's activity, launched as dx expects.
    let activity = application
        .children()
        .find(|n| n.has_tag_name("activity"))
        .unwrap();
    assert_eq!(
        activity.attribute((ANDROID, "name")),
        Some("dev.dioxus.main.MainActivity")
    );
}

#[test]
fn nothing_of_the_app_s_files_leaves_through_backup_or_device_transfer() {
    let text = read(&mobile_dir().join("android/res/xml/data_extraction_rules.xml"));
    let doc = roxmltree::Document::parse(&text).unwrap();
    for section in ["cloud-backup", "device-transfer"] {
        let node = doc
            .descendants()
            .find(|n| n.has_tag_name(section))
            .unwrap_or_else(|| panic!("{section} rules"));
        assert!(
            node.children().all(|n| !n.has_tag_name("include")),
            "{section} includes nothing"
        );
        let excluded: Vec<(&str, &str)> = node
            .children()
            .filter(|n| n.has_tag_name("exclude"))
            .map(|n| (n.attribute("domain").unwrap(), n.attribute("path").unwrap()))
            .collect();
        // The vault lives in the app's files (files/leefwereld/vault); every domain is out.
        for domain in ["root", "file", "database", "sharedpref", "external"] {
            assert!(
                excluded.contains(&(domain, ".")),
                "{section} excludes all of {domain}: {excluded:?}"
            );
        }
    }
}
