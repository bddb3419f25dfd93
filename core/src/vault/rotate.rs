//! Passphrase change: new keys, every value re-sealed, crash-safe.
//!
//! A new passphrase alone would leave the old key file (from a backup, with the old
//! passphrase) able to open everything. So the change makes a new identity and new derived
//! keys, and re-seals every value, the audit chain's MACs and the head with them:
//!
//! 1. the new key file is written beside the old one (`vault.key.new`, synced);
//! 2. one redb transaction re-seals everything and names the new recipient;
//! 3. the new key file replaces the old one (an atomic rename).
//!
//! A crash before 2 commits leaves the old vault; after, the new one. Opening the vault
//! finishes or undoes step 3 by comparing the recipient in the new key file's clear header with
//! the one the database names, so either the old or the new passphrase opens it, never neither.

use std::fs;
use std::path::Path;

use chrono::{DateTime, Utc};
use redb::{ReadableTable, TableDefinition, WriteTransaction};

use super::session::{Session, Tx};
use super::{OpenVault, Vault, VaultOptions, check_new_passphrase, record_failure};
use crate::audit::{self, AuditAction, AuditLink, NewRecord};
use crate::crypto::{self, Keys};
use crate::error::{Damage, Error, Result};
use crate::store::head::Head;
use crate::store::keystore::sync_dir;
use crate::store::sealed::{self, Codec, Part};
use crate::store::{
    ATTACHMENTS, AUDIT, CLEAR, ENTRIES, INDEX, KEY_FILE, META, NEW_KEY_FILE, OUTBOX, PENDING_AUDIT,
    PENDING_NOTES, REMINDERS, REVISIONS, SHARING, TEAM_REPORTS, clear_keys,
};

impl Vault {
    /// Replaces the passphrase and rotates the keys: afterwards the old key file opens nothing
    /// in this vault, even with the old passphrase.
    pub fn change_passphrase(&self, old: &str, new: &str, options: &VaultOptions) -> Result<()> {
        let mut guard = self.guard();
        let now = guard.now;
        let open = guard.open()?;
        let session = open.session.as_ref().ok_or(Error::Locked)?;
        if old == new {
            return Err(Error::SamePassphrase);
        }
        check_new_passphrase(new, &session.profile)?;
        let key_file = open.keystore.read()?;
        match Keys::unwrap(&key_file, old, &open.vault_id) {
            Ok(keys) if keys.recipient() == session.keys.recipient() => {}
            Ok(_) => return Err(Error::Damaged(Damage::KeyMismatch)),
            Err(Error::WrongPassphrase) => {
                record_failure(open, now)?;
                return Err(Error::WrongPassphrase);
            }
            Err(other) => return Err(other),
        }
        let new_keys = session.keys.rotated();
        open.keystore
            .stage(&new_keys.wrap(&open.vault_id, new, options.work_factor)?)?;
        let result = reseal(open, new_keys, now);
        match result {
            Ok(()) => {
                open.keystore.promote()?;
                Ok(())
            }
            Err(err) => {
                open.keystore.unstage();
                Err(err)
            }
        }
    }
}

/// Step 2: one transaction that re-seals everything with `new` and names its recipient.
fn reseal(open: &mut OpenVault, new: Keys, now: DateTime<Utc>) -> Result<()> {
    let session = open.session.as_mut().ok_or(Error::Locked)?;
    let txn = open.db.begin_write()?;
    let mut head = Head::EMPTY;
    head.generation = session
        .head
        .generation
        .checked_add(1)
        .ok_or(Error::Damaged(Damage::Head))?;
    let version = head.generation;
    let old = &session.keys;
    let damaged = &session.damaged;
    let mut re = Resealer {
        txn: &txn,
        old,
        new: &new,
        head: &mut head,
    };
    re.table(META, Part::Settings, |_| false)?;
    re.table(ENTRIES, Part::Entries, |id| damaged.contains(id))?;
    re.table(REVISIONS, Part::Revisions, |_| false)?;
    re.table(ATTACHMENTS, Part::Attachments, |_| false)?;
    re.table(SHARING, Part::Sharing, |_| false)?;
    re.table(OUTBOX, Part::Outbox, |_| false)?;
    re.table(REMINDERS, Part::Reminders, |_| false)?;
    re.table(TEAM_REPORTS, Part::TeamReports, |_| false)?;
    re.audit_chain()?;
    re.pending_failures()?;
    re.pending_notes()?;
    // Buckets are written anew below from the index, whose rows now name the new versions.
    txn.delete_table(INDEX)?;
    txn.open_table(INDEX)?;
    txn.open_table(CLEAR)?
        .insert(clear_keys::RECIPIENT, new.recipient().as_bytes())?;
    let mut new_session = Session {
        keys: new,
        vault_id: session.vault_id.clone(),
        device_id: session.device_id.clone(),
        profile: session.profile.clone(),
        settings: session.settings.clone(),
        index: session.index.clone(),
        head,
        damaged: session.damaged.clone(),
        last_activity: session.last_activity,
        // A passphrase change is no moment to bring a deleted entry back.
        recently_deleted: None,
    };
    new_session
        .index
        .set_versions(version, &new_session.damaged);
    let mut tx = Tx::adopt(txn, &mut new_session);
    tx.rewrite_all_buckets();
    tx.audit(NewRecord {
        at: now,
        action: AuditAction::PassphraseChanged,
        entry: None,
        reason: "keys-rotated".into(),
    })?;
    tx.commit()?;
    *session = new_session;
    Ok(())
}

struct Resealer<'a> {
    txn: &'a WriteTransaction,
    old: &'a Keys,
    new: &'a Keys,
    head: &'a mut Head,
}

impl Resealer<'_> {
    /// Re-seals every value of a table; values `keep_as_is` names (known damaged) and values
    /// that do not open are carried over unchanged, so they stay reported as damaged.
    fn table<K: redb::Key + 'static>(
        &mut self,
        def: TableDefinition<'static, K, &'static [u8]>,
        part: Part,
        keep_as_is: impl Fn(&K::SelfType<'_>) -> bool,
    ) -> Result<()> {
        let version = self.head.generation;
        let mut table = self.txn.open_table(def)?;
        let mut rewritten: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
        for item in table.iter()? {
            let (key, value) = item?;
            let key = key.value();
            let key_bytes = K::as_bytes(&key).as_ref().to_vec();
            let stored = value.value();
            let plain = if keep_as_is(&key) {
                None
            } else {
                sealed::open(self.old, part, &key_bytes, stored)
            };
            let (bytes, value_version) = match plain {
                Some(plain) => (
                    sealed::seal(self.new, part, &key_bytes, version, &plain)?,
                    version,
                ),
                None => (stored.to_vec(), sealed::stored_version(stored)),
            };
            self.head.remember(
                part,
                sealed::element(self.new, part, &key_bytes, value_version),
            );
            rewritten.push((key_bytes, bytes));
        }
        for (key_bytes, bytes) in &rewritten {
            table.insert(K::from_bytes(key_bytes), bytes.as_slice())?;
        }
        Ok(())
    }

    /// Re-MACs the chain link by link with the new key, then re-seals it.
    fn audit_chain(&mut self) -> Result<()> {
        let version = self.head.generation;
        let mut table = self.txn.open_table(AUDIT)?;
        let mut links: Vec<(u64, Vec<u8>)> = Vec::new();
        let mut tip = [0u8; 32];
        let mut count = 0u64;
        for item in table.iter()? {
            let (seq, value) = item?;
            let seq = seq.value();
            let key_bytes = <u64 as redb::Value>::as_bytes(&seq);
            let opened = sealed::open(self.old, Part::AuditLog, &key_bytes, value.value())
                .and_then(|plain| AuditLink::decode(&plain));
            let Some(link) = opened else {
                return Err(Error::Damaged(Damage::Record(Part::AuditLog)));
            };
            let relinked = audit::relink(self.new, seq, tip, link);
            tip = relinked.1;
            let plain = relinked.0.encode()?;
            links.push((
                seq,
                sealed::seal(self.new, Part::AuditLog, &key_bytes, version, &plain)?,
            ));
            self.head.remember(
                Part::AuditLog,
                sealed::element(self.new, Part::AuditLog, &key_bytes, version),
            );
            count = seq + 1;
        }
        for (seq, bytes) in &links {
            table.insert(seq, bytes.as_slice())?;
        }
        self.head.audit_count = count;
        self.head.audit_tip = tip;
        Ok(())
    }

    /// Notes made while locked are readdressed to the new recipient: the old identity is gone
    /// after the change, and they must still open at the next unlock.
    fn pending_notes(&mut self) -> Result<()> {
        let mut table = self.txn.open_table(PENDING_NOTES)?;
        let mut readdressed = Vec::new();
        for item in table.iter()? {
            let (key, value) = item?;
            if let Some(plain) = self.old.open_addressed(value.value()) {
                readdressed.push((key.value(), crypto::seal_to(&self.new.recipient(), &plain)?));
            }
        }
        // One that did not open under the old identity would not open under the new one
        // either: it stays as it is, to be discarded by the worker.
        for (key, bytes) in &readdressed {
            table.insert(key, bytes.as_slice())?;
        }
        Ok(())
    }

    /// Failed attempts waiting to join the chain are readdressed to the new recipient.
    fn pending_failures(&mut self) -> Result<()> {
        let mut table = self.txn.open_table(PENDING_AUDIT)?;
        let mut readdressed = Vec::new();
        for item in table.iter()? {
            let (key, value) = item?;
            if let Some(plain) = self.old.open_addressed(value.value()) {
                readdressed.push((key.value(), crypto::seal_to(&self.new.recipient(), &plain)?));
            }
        }
        table.retain(|_, _| false)?;
        for (key, bytes) in &readdressed {
            table.insert(key, bytes.as_slice())?;
        }
        Ok(())
    }
}

/// Step 3 after a crash: keeps the key file whose recipient the database names.
pub(super) fn finish_interrupted(dir: &Path, recipient: &str) -> Result<()> {
    let staged = dir.join(NEW_KEY_FILE);
    let Ok(bytes) = fs::read(&staged) else {
        return Ok(());
    };
    if Keys::key_file_recipient(&bytes).as_deref() == Some(recipient) {
        fs::rename(&staged, dir.join(KEY_FILE))?;
    } else {
        fs::remove_file(&staged)?;
    }
    sync_dir(dir);
    Ok(())
}
