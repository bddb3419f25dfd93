//! Pieces the screens are built from.

pub mod attachments;
pub mod confirm;
pub mod consent;
pub mod entry_card;
pub mod entry_form;
pub mod fields;
pub mod findings;
pub mod form_errors;
pub mod frame_fields;
pub mod icons;
pub mod jump;
pub mod passphrase;
pub mod position;
pub mod quick_delete;
pub mod share_summary;
pub mod theme_picker;
pub mod vocab;
pub mod week_charts;
