//! Passphrase strength, for the screen where a new passphrase is chosen.

use leefwereld_core as lw;

use crate::types::Lang;

/// The assessment shown while the user types a new passphrase.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PassphraseStrength {
    /// 0 (trivial) to 4 (very strong).
    pub score: u8,
    /// Whether a vault accepts it.
    pub acceptable: bool,
    /// Message ids of the advice (in `locales/`), most important first.
    pub advice_ids: Vec<String>,
    /// The same advice, translated.
    pub advice: Vec<String>,
}

/// Judges a candidate passphrase; `context` holds words the user entered elsewhere (the
/// organisation, the pseudonym) that make a passphrase easy to guess.
#[uniffi::export]
pub fn assess_passphrase(
    passphrase: String,
    context: Vec<String>,
    lang: Lang,
) -> PassphraseStrength {
    let context: Vec<&str> = context.iter().map(String::as_str).collect();
    let strength = lw::passphrase::assess(&passphrase, &context);
    PassphraseStrength {
        score: strength.score,
        acceptable: strength.acceptable,
        advice: strength.advice_text(lang),
        advice_ids: strength.advice,
    }
}
