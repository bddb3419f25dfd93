//! The minimiser's input: whatever a worker typed or pasted, with tagged aliases.
#![no_main]

use leefwereld_core::minimise::{FindingField, redact_all, scan};
use leefwereld_core::{EntryContent, Platform, SourceType, Theme};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Lines after the first tab are aliases, as tagged in the entry form.
    let (text, aliases) = text.split_once('\t').unwrap_or((&text, ""));
    let aliases: Vec<String> = aliases.split('\t').map(str::to_owned).collect();
    for f in scan(FindingField::Text, text, &aliases) {
        assert_eq!(text.get(f.start..f.end), Some(f.matched.as_str()));
    }
    let mut content = EntryContent::signal(
        Theme::PlannedFight,
        Platform::Snapchat,
        SourceType::DirectContact,
        text,
        text,
        chrono::DateTime::UNIX_EPOCH,
    );
    content.neighbourhood = text.chars().take(60).collect();
    content.aliases = aliases;
    redact_all(&content);
});
