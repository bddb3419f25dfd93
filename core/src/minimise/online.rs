//! Identifiers of the online world: @handles and platform user names, links and e-mail
//! addresses.

use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::patterns::regex;
use super::resolve::Candidate;

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
        if name.chars().any(char::is_alphabetic) && !TIME_LIKE.is_match(name) {
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
    for m in EMAIL.find_iter(text) {
        out.push(Candidate::new(FindingKind::Email, m.range(), m.as_str()));
    }
    for regex in LINKS.iter() {
        for m in regex.find_iter(text) {
            out.push(Candidate::new(FindingKind::Url, m.range(), m.as_str()));
        }
    }
}
