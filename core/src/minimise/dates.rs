//! Dates of birth: a date after "geb.", "geboren", "geboortedatum" or "dob", numeric
//! ("17-08-2011", "17/8/11") or with a Dutch month ("7 maart 2011"), or a year alone
//! ("geboren in 2011"). Other dates are no identifier and stay (see `keep`).

use std::sync::LazyLock;

use regex::Regex;

use super::FindingKind;
use super::patterns::regex;
use super::resolve::Candidate;

const MONTHS: &str = "jan(?:uari)?|feb(?:r(?:uari)?)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct|nov(?:ember)?|dec(?:ember)?";

static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)(?-u:\b)(?:geb(?:oren)?(?-u:\b)\.?|geboortedatum|geb\.?[ \t]?datum|dob(?-u:\b)|d\.o\.b\.?)(?:[ \t]*(?:op|in|:|=|-))?[ \t]*(?P<date>[0-9]{{1,2}}[ \t]?[-/.][ \t]?[0-9]{{1,2}}[ \t]?[-/.][ \t]?(?:(?:19|20)?[0-9]{{2}}|['’][0-9]{{2}})|(?:{MONTHS})\.?[ \t]+(?:(?:19|20)[0-9]{{2}}|['’][0-9]{{2}})|[0-9]{{1,2}}[ \t]+(?:{MONTHS})\.?(?:[ \t]+(?:19|20)?[0-9]{{2}})?|(?:19|20)[0-9]{{2}}-[0-9]{{1,2}}-[0-9]{{1,2}}|(?:19|20)[0-9]{{2}})(?-u:\b)"
    ))
});

pub(crate) fn find(text: &str, out: &mut Vec<Candidate>) {
    for caps in BIRTH.captures_iter(text) {
        if let Some(date) = caps.name("date") {
            out.push(Candidate::new(
                FindingKind::DateOfBirth,
                date.range(),
                date.as_str(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn dates_after_a_birth_cue_are_found() {
        assert_eq!(dates("geb. 17-08-2011, woont bij oma"), ["17-08-2011"]);
        assert_eq!(dates("geboren 7 maart 2011"), ["7 maart 2011"]);
        assert_eq!(dates("Geboortedatum: 3/1/10"), ["3/1/10"]);
        assert_eq!(dates("geboren in 2011 in Syrie"), ["2011"]);
        assert_eq!(dates("geboren in maart 2011"), ["maart 2011"]);
        assert_eq!(dates("geb. 03-04-'10"), ["03-04-'10"]);
        assert!(dates("incident op 17-08-2025, geboren vlak daarna").is_empty());
    }
}
