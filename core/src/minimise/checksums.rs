//! The checks that tell an identifier from a number that merely looks like one: the BSN's
//! 11-test and the IBAN's mod-97 (with the country formats of the IBAN registry).
//!
//! Only numbers that pass are flagged as BSN or IBAN; a 9-digit number that fails the 11-test
//! may still be flagged as a long number by the numeric-id detector.

/// Whether `digits` (exactly nine ASCII digits, separators removed) is a valid BSN.
///
/// The 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. All zeros passes the
/// arithmetic but is no BSN.
pub(crate) fn passes_eleven_test(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() != 9 || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    if bytes.iter().all(|b| *b == b'0') {
        return false;
    }
    let sum: i64 = bytes
        .iter()
        .zip([9i64, 8, 7, 6, 5, 4, 3, 2, -1])
        .map(|(digit, weight)| i64::from(digit - b'0') * weight)
        .sum();
    sum % 11 == 0
}

/// Whether `electronic` (an IBAN without spaces, any case) passes mod-97 and follows its
/// country's format in the IBAN registry (`iban_validate`).
pub(crate) fn is_valid_iban(electronic: &str) -> bool {
    let upper = electronic.to_ascii_uppercase();
    upper.parse::<iban::Iban>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eleven_test_accepts_valid_bsns() {
        // Example numbers from public test sets (not real people).
        for bsn in [
            "111222333",
            "123456782",
            "999999990",
            "010000008",
            "314159265",
        ] {
            assert!(passes_eleven_test(bsn), "{bsn} should pass");
        }
    }

    #[test]
    fn the_eleven_test_rejects_other_numbers() {
        for number in [
            "123456789", // last digit off by one
            "111222334",
            "000000000", // passes the arithmetic, but is no BSN
            "12345678",  // too short
            "1234567820",
            "12345678a",
            "",
        ] {
            assert!(!passes_eleven_test(number), "{number} should fail");
        }
    }

    #[test]
    fn mod_97_accepts_valid_ibans_in_any_case() {
        for iban in [
            "NL91ABNA0417164300",
            "nl91abna0417164300",
            "NL44RABO0123456789",
            "BE68539007547034",
            "DE89370400440532013000",
            "FR1420041010050500013M02606",
            "GB29NWBK60161331926819",
        ] {
            assert!(is_valid_iban(iban), "{iban} should pass");
        }
    }

    #[test]
    fn mod_97_rejects_a_changed_digit_or_a_wrong_country_format() {
        for iban in [
            "NL91ABNA0417164301", // one digit changed
            "NL19ABNA0417164300", // check digits swapped
            "BE68539007547035",
            "NL91ABNA04171643",      // too short for NL
            "XX91ABNA0417164300",    // no such country
            "NL91 ABNA 0417 164300", // spaces are removed by the caller, not here
            "",
        ] {
            assert!(!is_valid_iban(iban), "{iban} should fail");
        }
    }
}
