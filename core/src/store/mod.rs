//! The vault's file layout.
//!
//! A vault is a folder with two files:
//! - `vault.key`: the X25519 identity, encrypted with the passphrase (age scrypt);
//! - `vault.redb`: a redb database in which every value is an age ciphertext to that identity,
//!   except the format version, the vault id, the public recipient and the MACed audit head.
//!
//! Keeping the key outside the database lets a wipe destroy it first and for certain: redb
//! copies pages on write, so an overwritten value could survive in a free page, while the key
//! file is overwritten in place and then removed.
//!
//! The table definitions are public so that tools (and the tamper tests) can inspect the file;
//! nothing in them is readable without the key.

pub(crate) mod index;
pub(crate) mod keystore;

use redb::TableDefinition;

/// Format of the vault this version writes; newer vaults are refused with a clear error.
pub const FORMAT_VERSION: u32 = 1;

/// Names of the two files in a vault folder.
pub const DATABASE_FILE: &str = "vault.redb";
pub const KEY_FILE: &str = "vault.key";

/// Small records: `format`, `vault-id`, `recipient`, `language` (clear); `profile`, `settings`
/// (sealed); `audit-head` (MACed).
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
/// Entry id → sealed JSON of the current revision.
pub const ENTRIES: TableDefinition<u128, &[u8]> = TableDefinition::new("entries");
/// (entry id, revision) → the sealed record of an earlier revision.
pub const REVISIONS: TableDefinition<(u128, u32), &[u8]> = TableDefinition::new("revisions");
/// (entry id, attachment number) → sealed bytes of an attachment.
pub const ATTACHMENTS: TableDefinition<(u128, u32), &[u8]> = TableDefinition::new("attachments");
/// Keyed hash of an ISO week → sealed compact index of that week's entries.
pub const INDEX: TableDefinition<u64, &[u8]> = TableDefinition::new("index");
/// Sequence number → previous MAC, MAC and sealed audit record.
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");
/// Random key → sealed record of a failed unlock, waiting to join the chain.
pub const PENDING_AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("pending-audit");
/// Entry id → sealed sharing state: consent, minimiser decisions, transparency, shares made.
pub const SHARING: TableDefinition<u128, &[u8]> = TableDefinition::new("sharing");
/// Item id → sealed outbox item (deliveries and retractions waiting for the case system).
pub const OUTBOX: TableDefinition<u128, &[u8]> = TableDefinition::new("outbox");
/// Keyed hash of a reminder → sealed acknowledgement or snooze.
pub const REMINDERS: TableDefinition<u64, &[u8]> = TableDefinition::new("reminders");
/// Keyed hash of (week, reporter) → sealed weekly report a team lead accepted.
pub const TEAM_REPORTS: TableDefinition<u64, &[u8]> = TableDefinition::new("team-reports");

/// Every table, so that a new vault has them all and a read never meets a missing one.
pub(crate) fn create_tables(txn: &redb::WriteTransaction) -> Result<(), redb::TableError> {
    txn.open_table(META)?;
    txn.open_table(ENTRIES)?;
    txn.open_table(REVISIONS)?;
    txn.open_table(ATTACHMENTS)?;
    txn.open_table(INDEX)?;
    txn.open_table(AUDIT)?;
    txn.open_table(PENDING_AUDIT)?;
    txn.open_table(SHARING)?;
    txn.open_table(OUTBOX)?;
    txn.open_table(REMINDERS)?;
    txn.open_table(TEAM_REPORTS)?;
    Ok(())
}

pub(crate) mod meta_keys {
    pub const FORMAT: &str = "format";
    pub const VAULT_ID: &str = "vault-id";
    pub const RECIPIENT: &str = "recipient";
    pub const LANGUAGE: &str = "language";
    pub const PROFILE: &str = "profile";
    pub const SETTINGS: &str = "settings";
    pub const CONNECTION: &str = "connection";
    pub const DEVICE: &str = "device";
}
