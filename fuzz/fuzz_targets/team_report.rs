//! Team reports: any plaintext, encrypted to the team lead (whose recipient every colleague
//! and the case system know), planted in the team's zaak next to a colleague's real report.
#![no_main]

use std::sync::OnceLock;

use leefwereld_fuzz::Lead;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static LEAD: OnceLock<Lead> = OnceLock::new();
    // Either refused or the colleague's own signed report again; the count stands (checked in
    // `receive`).
    LEAD.get_or_init(Lead::new).receive(data);
});
