//! A vault-local, symmetric age recipient: the file key of every stored value is wrapped with
//! ChaCha20-Poly1305 under a key that exists only while the vault is unlocked, with the value's
//! place (table, key, version) as associated data.
//!
//! Why not the vault's X25519 recipient, as before: anyone holding the public recipient can make
//! a valid X25519 age file, so a value could be forged, and nothing tied a value to its place,
//! so values could be swapped or replayed. With this stanza only a holder of the unlocked keys
//! can make a value the vault accepts, and a value opens only at the place it was sealed for.
//! It also spares the X25519 operations that dominated capture and the full scan before.
//!
//! The values stay age files: header, header MAC and STREAM payload are age's; only the stanza
//! is ours (tag `leefwereld-vault`, one argument: the nonce, body: the wrapped file key).

use std::collections::HashSet;

use age::secrecy::ExposeSecret;
use age_core::format::{FILE_KEY_BYTES, FileKey, Stanza};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};

use super::random_bytes;

const STANZA_TAG: &str = "leefwereld-vault";
const NONCE_BYTES: usize = 12;

/// Seals to one place of this vault.
pub(super) struct PlaceRecipient<'a> {
    pub key: &'a [u8; 32],
    pub place: &'a [u8],
}

/// Opens values sealed to one place of this vault, and nothing else.
pub(super) struct PlaceIdentity<'a> {
    pub key: &'a [u8; 32],
    pub place: &'a [u8],
}

impl age::Recipient for PlaceRecipient<'_> {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let nonce: [u8; NONCE_BYTES] = random_bytes();
        let cipher = ChaCha20Poly1305::new(self.key.into());
        let body = cipher
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: file_key.expose_secret(),
                    aad: self.place,
                },
            )
            .map_err(|_| {
                age::EncryptError::Io(std::io::Error::other("file key could not be wrapped"))
            })?;
        let stanza = Stanza {
            tag: STANZA_TAG.to_owned(),
            args: vec![STANDARD_NO_PAD.encode(nonce)],
            body,
        };
        // A random label: this stanza is never combined with another recipient, so the file
        // key is known only to the vault.
        let label = super::hex(&random_bytes::<8>());
        Ok((vec![stanza], HashSet::from([label])))
    }
}

impl age::Identity for PlaceIdentity<'_> {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, age::DecryptError>> {
        if stanza.tag != STANZA_TAG {
            return None;
        }
        let failed = || Some(Err(age::DecryptError::DecryptionFailed));
        let [nonce] = stanza.args.as_slice() else {
            return failed();
        };
        let Ok(nonce) = STANDARD_NO_PAD.decode(nonce) else {
            return failed();
        };
        if nonce.len() != NONCE_BYTES {
            return failed();
        }
        let cipher = ChaCha20Poly1305::new(self.key.into());
        let Ok(plain) = cipher.decrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: &stanza.body,
                aad: self.place,
            },
        ) else {
            return failed();
        };
        let plain = zeroize::Zeroizing::new(plain);
        let Ok(bytes) = <[u8; FILE_KEY_BYTES]>::try_from(plain.as_slice()) else {
            return failed();
        };
        Some(Ok(FileKey::new(Box::new(bytes))))
    }

    /// Exactly one stanza of ours (age adds a random "grease" stanza beside it, and the
    /// header MAC, keyed by the file key, keeps anyone else from adding more).
    fn unwrap_stanzas(&self, stanzas: &[Stanza]) -> Option<Result<FileKey, age::DecryptError>> {
        let mut ours = stanzas.iter().filter(|s| s.tag == STANZA_TAG);
        match (ours.next(), ours.next()) {
            (Some(stanza), None) => self.unwrap_stanza(stanza),
            _ => None,
        }
    }
}
