//! Passphrase strength, measured with zxcvbn so that feedback is about guessability rather than
//! character classes.

use leefwereld_locales::{Lang, tr};
use serde::{Deserialize, Serialize};
use zxcvbn::feedback::{Suggestion, Warning};

/// Minimum length of a vault passphrase.
pub const MIN_CHARS: usize = 10;
/// Minimum zxcvbn score (0–4): 3 means more than 10^10 guesses, i.e. years against the
/// scrypt-protected key file.
pub const MIN_SCORE: u8 = 3;

/// The assessment shown while the user types a new passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// 0 (trivial) to 4 (very strong).
    pub score: u8,
    /// Whether the vault accepts it.
    pub acceptable: bool,
    /// Message ids (in `locales/`) with advice, most important first.
    pub advice: Vec<String>,
}

impl Strength {
    /// The advice in the user's language.
    pub fn advice_text(&self, lang: Lang) -> Vec<String> {
        self.advice.iter().map(|id| tr(lang, id)).collect()
    }
}

/// The words a user gave elsewhere that make their passphrase easy to guess: the organisation
/// and the pseudonym. Onboarding (before a profile exists), the passphrase change and the
/// core's own check all judge against this one list.
pub fn context(organisation: &str, pseudonym: &str) -> Vec<String> {
    [organisation, pseudonym]
        .iter()
        .map(|word| word.trim().to_owned())
        .filter(|word| !word.is_empty())
        .collect()
}

/// Judges a candidate passphrase; `context` holds words the user entered elsewhere (the
/// organisation, the pseudonym) that make a passphrase easy to guess.
pub fn assess(passphrase: &str, context: &[&str]) -> Strength {
    let chars = passphrase.chars().count();
    if passphrase.trim().is_empty() {
        return Strength {
            score: 0,
            acceptable: false,
            advice: vec!["passphrase-advice-empty".into()],
        };
    }
    // zxcvbn's cost grows with length; beyond 256 characters strength is not in question.
    let sample: String = passphrase.chars().take(256).collect();
    let entropy = zxcvbn::zxcvbn(&sample, context);
    let score = u8::from(entropy.score());
    let mut advice = Vec::new();
    if chars < MIN_CHARS {
        advice.push("passphrase-advice-too-short".to_owned());
    }
    if let Some(feedback) = entropy.feedback() {
        if let Some(warning) = feedback.warning() {
            advice.push(warning_id(warning).to_owned());
        }
        for suggestion in feedback.suggestions() {
            advice.push(suggestion_id(*suggestion).to_owned());
        }
    }
    if score < MIN_SCORE && advice.is_empty() {
        advice.push("passphrase-advice-add-words".to_owned());
    }
    advice.dedup();
    Strength {
        score,
        acceptable: chars >= MIN_CHARS && score >= MIN_SCORE,
        advice,
    }
}

fn warning_id(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess
        | Warning::ShortKeyboardPatternsAreEasyToGuess => "passphrase-advice-keyboard",
        Warning::RepeatsLikeAaaAreEasyToGuess
        | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "passphrase-advice-repeats",
        Warning::ThisIsATop10Password
        | Warning::ThisIsATop100Password
        | Warning::ThisIsACommonPassword
        | Warning::ThisIsSimilarToACommonlyUsedPassword => "passphrase-advice-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "passphrase-advice-sequence",
        Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess => {
            "passphrase-advice-dates"
        }
        Warning::AWordByItselfIsEasyToGuess
        | Warning::NamesAndSurnamesByThemselvesAreEasyToGuess
        | Warning::CommonNamesAndSurnamesAreEasyToGuess => "passphrase-advice-single-word",
    }
}

fn suggestion_id(suggestion: Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases | Suggestion::AddAnotherWordOrTwo => {
            "passphrase-advice-add-words"
        }
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters
        | Suggestion::CapitalizationDoesntHelpVeryMuch
        | Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "passphrase-advice-case",
        Suggestion::ReversedWordsArentMuchHarderToGuess
        | Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "passphrase-advice-substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "passphrase-advice-keyboard",
        Suggestion::AvoidRepeatedWordsAndCharacters => "passphrase-advice-repeats",
        Suggestion::AvoidSequences => "passphrase-advice-sequence",
        Suggestion::AvoidRecentYears
        | Suggestion::AvoidYearsThatAreAssociatedWithYou
        | Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "passphrase-advice-dates",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_common_password_is_refused_with_advice() {
        let s = assess("password123", &[]);
        assert!(!s.acceptable);
        assert!(
            s.advice.iter().any(|a| a == "passphrase-advice-common"),
            "{:?}",
            s.advice
        );
    }

    #[test]
    fn a_short_one_is_refused_even_if_random() {
        let s = assess("x7#Qp", &[]);
        assert!(!s.acceptable);
        assert!(s.advice.contains(&"passphrase-advice-too-short".to_owned()));
    }

    #[test]
    fn a_few_uncommon_words_are_accepted() {
        let s = assess("fietsbel paraplu wolkenkrabber", &[]);
        assert!(s.acceptable, "{s:?}");
        assert!(s.score >= MIN_SCORE);
    }

    #[test]
    fn words_from_the_profile_make_it_weaker() {
        let with = assess("jongerenwerk zuid 2026", &["jongerenwerk", "zuid"]);
        let without = assess("jongerenwerk zuid 2026", &[]);
        assert!(with.score <= without.score);
    }

    #[test]
    fn empty_and_huge_inputs_do_not_panic() {
        assert!(!assess("", &[]).acceptable);
        assert!(!assess("   ", &[]).acceptable);
        let huge = "ab€😀".repeat(100_000);
        let _ = assess(&huge, &[]);
    }

    #[test]
    fn the_context_is_the_organisation_and_pseudonym_as_given() {
        assert_eq!(
            context(" Jongerenwerk Zuid ", "Vos"),
            vec!["Jongerenwerk Zuid".to_owned(), "Vos".to_owned()]
        );
        assert_eq!(context("Wijkteam", "  "), vec!["Wijkteam".to_owned()]);
        let words = context("Kralingse Jongerenwerkplaats", "Zandloper");
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let guess = "kralingse jongerenwerkplaats zandloper";
        assert!(
            assess(guess, &words).score < assess(guess, &[]).score,
            "the user's own words are easier to guess"
        );
    }
}
