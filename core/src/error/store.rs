//! Damage to the vault's files, named by the part of the vault it touches.

/// Why a vault file cannot be used as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The passphrase-protected key file is missing, truncated or was destroyed by a wipe.
    KeyFile,
    /// The database file is not a readable vault database.
    Database,
    /// A record every vault needs (format, id, recipient, profile) is missing or unreadable.
    Metadata,
    /// The key file belongs to another vault.
    KeyMismatch,
    /// The head that vouches for the vault's contents is missing, was not written by this
    /// vault, or is older than the data: the file was changed outside the app.
    Head,
    /// Records of one part of the vault were deleted, added, moved or put back to older
    /// copies outside the app, or a record cannot be opened.
    Record(Part),
}

impl Damage {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Damage::KeyFile => "key-file",
            Damage::Database => "database",
            Damage::Metadata => "metadata",
            Damage::KeyMismatch => "key-mismatch",
            Damage::Head => "head",
            Damage::Record(_) => "record",
        }
    }
}

/// The parts of a vault, each with its own digest in the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// Profile, settings, connection profile, device id.
    Settings,
    Entries,
    Revisions,
    Attachments,
    Index,
    AuditLog,
    Sharing,
    Outbox,
    Reminders,
    TeamReports,
}

impl Part {
    pub const ALL: [Part; 10] = [
        Part::Settings,
        Part::Entries,
        Part::Revisions,
        Part::Attachments,
        Part::Index,
        Part::AuditLog,
        Part::Sharing,
        Part::Outbox,
        Part::Reminders,
        Part::TeamReports,
    ];

    pub(crate) fn number(self) -> usize {
        self as usize
    }

    /// A stable code, for messages and the audit log.
    pub fn code(self) -> &'static str {
        match self {
            Part::Settings => "settings",
            Part::Entries => "entries",
            Part::Revisions => "revisions",
            Part::Attachments => "attachments",
            Part::Index => "index",
            Part::AuditLog => "audit-log",
            Part::Sharing => "sharing",
            Part::Outbox => "outbox",
            Part::Reminders => "reminders",
            Part::TeamReports => "team-reports",
        }
    }
}
