//! The head: the one record that vouches for everything else the vault holds.
//!
//! It holds the number of the last write transaction (every value carries the number of the
//! transaction that wrote it), the audit chain's length and tip, and one digest per
//! [`Part`] over the (key, version) of every record in it. It is MACed with the vault's key and
//! bound to the vault's id and recipient, and written in the same redb transaction as the
//! change it describes. At unlock the digests are recomputed from the file: a record deleted,
//! added, swapped or put back to an older copy, or a head put back to an older copy, no longer
//! matches. Only the whole folder rolled back together stays consistent; that needs a counter
//! outside the file (a phone's keystore), see the README.

use super::sealed::{Part, xor_into};
use crate::crypto::{Keys, constant_time_eq};

const DIGESTS: usize = Part::ALL.len();
const ENCODED_LEN: usize = 8 + 8 + 32 + DIGESTS * 32 + 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Head {
    /// The number of the last committed write transaction; a transaction in progress writes
    /// its values with the number it will commit as.
    pub generation: u64,
    pub audit_count: u64,
    pub audit_tip: [u8; 32],
    pub digests: [[u8; 32]; DIGESTS],
}

impl Head {
    /// The head of a vault with nothing in it.
    pub const EMPTY: Head = Head {
        generation: 0,
        audit_count: 0,
        audit_tip: [0; 32],
        digests: [[0; 32]; DIGESTS],
    };

    /// A record with this element joined the part.
    pub fn remember(&mut self, part: Part, element: [u8; 32]) {
        xor_into(&mut self.digests[part.number()], &element);
    }

    /// A record with this element left the part (XOR: the same operation).
    pub fn forget(&mut self, part: Part, element: [u8; 32]) {
        xor_into(&mut self.digests[part.number()], &element);
    }

    pub fn encode(&self, keys: &Keys, vault_id: &str, recipient: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(ENCODED_LEN);
        out.extend_from_slice(&self.generation.to_be_bytes());
        out.extend_from_slice(&self.audit_count.to_be_bytes());
        out.extend_from_slice(&self.audit_tip);
        for digest in &self.digests {
            out.extend_from_slice(digest);
        }
        let mac = Head::mac(keys, vault_id, recipient, &out);
        out.extend_from_slice(&mac);
        out
    }

    /// `None` unless this vault's keys wrote exactly these bytes for this vault.
    pub fn decode(bytes: &[u8], keys: &Keys, vault_id: &str, recipient: &str) -> Option<Head> {
        if bytes.len() != ENCODED_LEN {
            return None;
        }
        let (body, mac) = bytes.split_at(ENCODED_LEN - 32);
        let expected = Head::mac(keys, vault_id, recipient, body);
        if !constant_time_eq(&expected, mac) {
            return None;
        }
        let u64_at = |at: usize| -> Option<u64> {
            Some(u64::from_be_bytes(body.get(at..at + 8)?.try_into().ok()?))
        };
        let mut head = Head {
            generation: u64_at(0)?,
            audit_count: u64_at(8)?,
            audit_tip: body.get(16..48)?.try_into().ok()?,
            digests: [[0; 32]; DIGESTS],
        };
        for (i, digest) in head.digests.iter_mut().enumerate() {
            let at = 48 + i * 32;
            *digest = body.get(at..at + 32)?.try_into().ok()?;
        }
        Some(head)
    }

    fn mac(keys: &Keys, vault_id: &str, recipient: &str, body: &[u8]) -> [u8; 32] {
        keys.mac(&[b"head", vault_id.as_bytes(), recipient.as_bytes(), body])
    }
}
