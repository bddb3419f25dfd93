//! Identifiers of the online world: @handles and platform user names, links and e-mail
//! addresses.

use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::lexicon::LEXICON;
use super::patterns::regex;
use super::resolve::Candidate;
use crate::text::fold;

/// Platforms whose name before a user name says it is one.
const PLATFORMS: &str = "snap(?:chat)?|insta(?:gram)?|ig|tik[ \t]?tok|telegram|discord|twitter|facebook|fb|youtube|yt|twitch|kick|roblox|fortnite|epic|psn|playstation|xbox|steam|minecraft|threads|bereal|reddit";

/// A user name after a platform or a word that names one, without `@` and without a colon:
/// "speelt roblox als BloxBoy_2011", "PSN-naam xX_Rayan_Xx", "tiktok account zuid.drill.010",
/// "discord id is shadow.boy2010", "user kevv_010". Only names shaped like a handle count
/// (see [`handle_shaped`]).
static CUED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)(?:(?:{PLATFORMS})(?:[ \t]*-?[ \t]*(?:naam|name|account|acc|id|user(?:name)?|gebruikersnaam|tag|gamertag|profiel|kanaal))?|gebruikersnaam|username|gamertag|account|acc|profiel|user|id)(?-u:\b)(?:[ \t]+(?:is|als|heet)|[ \t]*[:=])?[ \t]+(?P<handle>@?[\p{{L}}\p{{N}}_](?:[\p{{L}}\p{{N}}_.\-]*[\p{{L}}\p{{N}}_])?)"
    ))
});

/// A gamertag with a space: "gamertag: Dark Knight77".
static GAMERTAG: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i:gamertag|xbox[ \t]+naam)[ \t]*[:=]?[ \t]*(?P<handle>\p{Lu}[\p{L}\p{N}_]*[ \t](?:\p{Lu}[\p{L}\p{N}_]*|[\p{L}_]*\p{N}[\p{L}\p{N}_]*))(?-u:\b)",
    )
});

/// Whether a word after a cue looks like a user name rather than a word: an underscore, a dot
/// inside, letters and digits mixed, or a capital inside ("BloxBoy"); and no ordinary word or
/// platform ("TikTok TikTok").
fn handle_shaped(name: &str) -> bool {
    let name = name.trim_start_matches('@');
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let digits = name.chars().filter(char::is_ascii_digit).count();
    let inner_capital = name
        .chars()
        .zip(name.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    letters > 0
        && (name.contains('_') || name.contains('.') || digits > 0 || inner_capital)
        && !LEXICON.words.contains(fold(name))
        && !LEXICON.stop.contains(fold(name))
}

/// "@kevin_010", "@lisa.x": not after a word character (that is an e-mail address), not
/// ending in a dot (the end of the sentence).
static AT_HANDLE: LazyLock<Regex> = LazyLock::new(|| regex(r"(?-u:\B)@\w(?:[\w.]*\w)?"));

/// "@21u", "@19.00": a time after an at sign, not a handle.
static TIME_LIKE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^[0-9]{1,2}(?:[:.][0-9]{2})?(?:u|uur|h)?$"));

/// Discord's "name#1234".
static DISCORD_TAG: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?-u:\b)[\w.]{2,32}#[0-9]{4}(?-u:\b)"));

/// "snap: kevin_010", "insta = lisa.x", "tiktok: @dizzy": only the user name is the finding,
/// the platform stays.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?-u:\b)(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik[ \t]?tok|tt|telegram|tg|discord|dc|twitter|fb|facebook|yt|youtube|twitch|kick|roblox|fortnite|epic|psn|xbox|steam|gamertag|gebruikersnaam|username|user[ \t]?name|account|acc)[ \t]*[:=][ \t]*(@?\w(?:[\w.\-]*\w)?)",
    )
});

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?-u:\b)[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?-u:\b)"));

/// The rest of a link: no spaces, quotes or brackets, and not ending in punctuation that
/// belongs to the sentence.
const LINK_REST: &str = r#"[^\s<>"'\[\]{}|\\^]*[^\s<>"'\[\]{}|\\^.,;:!?()]"#;

/// Links with a scheme or "www.", and bare domains with a path ("t.me/+AbC", "wa.me/316…",
/// "instagram.com/kevin"). A bare domain without a path ("nu.nl") is no profile link.
static LINKS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"(?i)(?-u:\b)(?:https?|ftp)://{LINK_REST}"),
        format!(r"(?i)(?-u:\b)www\.{LINK_REST}"),
        // No word boundary needed: the leftmost match starts where the run of letters does.
        format!(r"(?:[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-]*\.)+\p{{L}}{{2,}}/{LINK_REST}"),
    ]
    .iter()
    .map(|p| regex(p))
    .collect()
});

pub(crate) fn find(text: &str, out: &mut Vec<Candidate>) {
    for m in AT_HANDLE.find_iter(text) {
        let name = &m.as_str()[1..];
        // Right after a replacement token ("[bsn]@te") the at sign followed a value that was
        // redacted, where it was no handle either: minimising twice must change nothing.
        let after_token = text[..m.start()].ends_with(']');
        if name.chars().any(char::is_alphabetic) && !TIME_LIKE.is_match(name) && !after_token {
            out.push(Candidate::new(FindingKind::Handle, m.range(), m.as_str()));
        }
    }
    for m in DISCORD_TAG.find_iter(text) {
        out.push(Candidate::new(FindingKind::Handle, m.range(), m.as_str()));
    }
    for caps in LABELLED.captures_iter(text) {
        if let Some(name) = caps.get(1) {
            out.push(Candidate::new(
                FindingKind::Handle,
                name.range(),
                name.as_str(),
            ));
        }
    }
    for caps in CUED.captures_iter(text).chain(GAMERTAG.captures_iter(text)) {
        if let Some(name) = caps.name("handle")
            && handle_shaped(name.as_str())
        {
            out.push(Candidate::new(
                FindingKind::Handle,
                name.range(),
                name.as_str(),
            ));
        }
    }
    for m in EMAIL.find_iter(text) {
        out.push(Candidate::new(FindingKind::Email, m.range(), m.as_str()));
    }
    for regex in LINKS.iter() {
        for m in regex.find_iter(text) {
            out.push(Candidate::new(FindingKind::Url, m.range(), m.as_str()));
        }
    }
}
