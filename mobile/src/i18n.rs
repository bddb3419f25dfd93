//! Text lookup for the screens: every label comes from `locales/{nl,en}/app.ftl` (and the
//! core's own files for vocabulary labels and errors), so switching language is a re-render.

use chrono::{DateTime, Utc};
pub use leefwereld_locales::{Arg, Lang, tr, tr_args, tr1};

/// A moment as people in the Netherlands read it.
pub fn when(instant: DateTime<Utc>, lang: Lang) -> String {
    leefwereld_core::time::display_datetime(instant, lang)
}

/// A date without the time.
pub fn date(instant: DateTime<Utc>, lang: Lang) -> String {
    leefwereld_core::time::display_date(leefwereld_core::time::local_date(instant), lang)
}

/// A file size in kB or MB, with the decimal separator of the language.
pub fn size(bytes: u64, lang: Lang) -> String {
    let (value, unit) = if bytes >= 1024 * 1024 {
        (bytes as f64 / (1024.0 * 1024.0), "MB")
    } else {
        ((bytes as f64 / 1024.0).max(0.1), "kB")
    };
    let number = format!("{value:.1}");
    let number = match lang {
        Lang::Nl => number.replace('.', ","),
        Lang::En => number,
    };
    format!("{number} {unit}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_the_decimal_separator_of_the_language() {
        assert_eq!(size(9 * 1024 * 1024 + 512 * 1024, Lang::Nl), "9,5 MB");
        assert_eq!(size(9 * 1024 * 1024 + 512 * 1024, Lang::En), "9.5 MB");
        assert_eq!(size(2048, Lang::En), "2.0 kB");
        assert_eq!(size(1, Lang::Nl), "0,1 kB");
    }
}
