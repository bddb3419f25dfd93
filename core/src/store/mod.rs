//! The vault's file layout and the one way to read and write it.
//!
//! A vault is a folder (mode 0700) with two files (mode 0600):
//! - `vault.key`: the vault's secrets, encrypted with the passphrase (age scrypt), behind a
//!   clear header naming the vault's recipient and a checksum;
//! - `vault.redb`: a redb database. The `clear` table holds what must be read before unlock
//!   (format, vault id, recipient, language) and the MACed [`head`]; every other value is sealed
//!   through [`sealed`] to its place, except failed unlock attempts, which are written while
//!   no key is available and therefore sealed to the public recipient and never trusted.
//!
//! Keeping the key outside the database lets a wipe destroy it first and for certain: redb
//! copies pages on write, so an overwritten value could survive in a free page, while the key
//! file is overwritten in place and then removed.
//!
//! The raw table definitions are public so that tools (and the tamper tests, which play an
//! attacker with a redb editor) can reach the file; nothing in them is readable or writable
//! in a way the vault accepts without the key. Feature modules use the typed
//! [`sealed::SealedTable`] views of them, never `open_table`.

pub(crate) mod head;
pub(crate) mod index;
pub(crate) mod keystore;
pub(crate) mod sealed;

use redb::TableDefinition;

pub use sealed::Part;

/// Format of the vault this version writes; newer vaults are refused with a clear error, and
/// so are vaults of format 1 (test versions before values were bound to their place).
pub const FORMAT_VERSION: u32 = 2;

/// Names of the two files in a vault folder.
pub const DATABASE_FILE: &str = "vault.redb";
pub const KEY_FILE: &str = "vault.key";
/// A new key file during a passphrase change, until the database has been re-sealed.
pub const NEW_KEY_FILE: &str = "vault.key.new";

/// Readable before unlock: `format`, `vault-id`, `recipient`, `language`, and the MACed `head`.
pub const CLEAR: TableDefinition<&str, &[u8]> = TableDefinition::new("clear");
/// Sealed small records: `profile`, `settings`, `connection`, `device`.
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Entry id → the current revision of the entry.
pub const ENTRIES: TableDefinition<u128, &[u8]> = TableDefinition::new("entries");
/// (entry id, revision) → an earlier revision.
pub const REVISIONS: TableDefinition<(u128, u32), &[u8]> = TableDefinition::new("revisions");
/// (entry id, attachment number) → the bytes of an attachment.
pub const ATTACHMENTS: TableDefinition<(u128, u32), &[u8]> = TableDefinition::new("attachments");
/// Keyed hash of an ISO week → the compact index of that week's entries.
pub const INDEX: TableDefinition<u64, &[u8]> = TableDefinition::new("index");
/// Sequence number → an audit record with its chain link.
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");
/// Time-ordered key → a failed unlock, sealed to the public recipient, waiting to join the
/// chain as an unverified record.
pub const PENDING_AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("pending-audit");
/// Random id → a note made while the vault was locked, sealed to the public recipient (no key
/// was available). Not part of the head: nothing vouches for these until the worker confirms
/// each after unlock.
pub const PENDING_NOTES: TableDefinition<u128, &[u8]> = TableDefinition::new("pending-notes");
/// Entry id → sharing state: consent, minimiser decisions, transparency, shares made.
pub const SHARING: TableDefinition<u128, &[u8]> = TableDefinition::new("sharing");
/// Item id → outbox item (deliveries and retractions waiting for the case system).
pub const OUTBOX: TableDefinition<u128, &[u8]> = TableDefinition::new("outbox");
/// Keyed hash of a reminder → acknowledgement or snooze.
pub const REMINDERS: TableDefinition<u64, &[u8]> = TableDefinition::new("reminders");
/// Keyed hash of (week, reporter) → weekly report a team lead accepted.
pub const TEAM_REPORTS: TableDefinition<u64, &[u8]> = TableDefinition::new("team-reports");

/// Every table, so that a new vault has them all and a read never meets a missing one.
pub(crate) fn create_tables(txn: &redb::WriteTransaction) -> Result<(), redb::TableError> {
    txn.open_table(CLEAR)?;
    txn.open_table(META)?;
    txn.open_table(ENTRIES)?;
    txn.open_table(REVISIONS)?;
    txn.open_table(ATTACHMENTS)?;
    txn.open_table(INDEX)?;
    txn.open_table(AUDIT)?;
    txn.open_table(PENDING_AUDIT)?;
    txn.open_table(PENDING_NOTES)?;
    txn.open_table(SHARING)?;
    txn.open_table(OUTBOX)?;
    txn.open_table(REMINDERS)?;
    txn.open_table(TEAM_REPORTS)?;
    Ok(())
}

pub(crate) mod clear_keys {
    pub const FORMAT: &str = "format";
    pub const VAULT_ID: &str = "vault-id";
    pub const RECIPIENT: &str = "recipient";
    pub const LANGUAGE: &str = "language";
    pub const HEAD: &str = "head";
}

pub(crate) mod meta_keys {
    pub const PROFILE: &str = "profile";
    pub const SETTINGS: &str = "settings";
    pub const CONNECTION: &str = "connection";
    pub const DEVICE: &str = "device";
    /// A team lead's pinned and waiting report-signing keys of colleagues.
    pub const TEAM_KEYS: &str = "team-keys";
}
