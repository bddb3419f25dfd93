//! The vault's keys and the only two ways data is protected: age to the vault's own X25519
//! recipient for every stored value, and age's scrypt passphrase encryption for the key file.
//!
//! The passphrase runs scrypt once per unlock (or create, or passphrase change); per-entry work
//! uses the unlocked X25519 identity and never a KDF. Keys live only inside [`Keys`], which
//! zeroizes them when dropped, and that happens on lock.

use std::iter;

use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Damage, Error, Result};

/// scrypt work factor (N = 2^17) of new key files: about 0.4 s on this project's build machines
/// and about 1 s on a mid-range phone. Fixed rather than calibrated, so that a vault made on a
/// fast laptop stays quick to open on a phone.
pub const WORK_FACTOR_DEFAULT: u8 = 17;
/// The lowest work factor a caller may choose (tests, training mode).
pub const WORK_FACTOR_MIN: u8 = 10;
/// The highest work factor accepted when opening a key file: a tampered file cannot make an
/// unlock take hours (age's own default would depend on the device's speed).
pub const WORK_FACTOR_MAX: u8 = 20;

const MAC_CONTEXT: &str = "leefwereld 2026-11 vault audit-chain mac";
const BUCKET_CONTEXT: &str = "leefwereld 2026-11 vault index bucket names";
const PSEUDONYM_CONTEXT: &str = "leefwereld 2026-11 vault pseudonyms";

/// The unlocked key material of one vault.
pub(crate) struct Keys {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    mac_key: Zeroizing<[u8; 32]>,
    bucket_key: Zeroizing<[u8; 32]>,
    pseudonym_key: Zeroizing<[u8; 32]>,
}

/// What the key file holds once decrypted.
#[derive(Serialize, Deserialize)]
struct KeyFilePayload {
    format: u32,
    vault_id: String,
    identity: String,
}

const KEY_FILE_FORMAT: u32 = 1;

impl Keys {
    /// A fresh identity for a new vault.
    pub fn generate() -> Keys {
        Keys::from_identity(age::x25519::Identity::generate())
    }

    fn from_identity(identity: age::x25519::Identity) -> Keys {
        let secret = identity.to_string();
        let material = secret.expose_secret().as_bytes();
        let recipient = identity.to_public();
        Keys {
            mac_key: Zeroizing::new(blake3::derive_key(MAC_CONTEXT, material)),
            bucket_key: Zeroizing::new(blake3::derive_key(BUCKET_CONTEXT, material)),
            pseudonym_key: Zeroizing::new(blake3::derive_key(PSEUDONYM_CONTEXT, material)),
            identity,
            recipient,
        }
    }

    /// The vault's public recipient (`age1…`), kept in the clear so that records can be
    /// encrypted to the vault even while it is locked (failed unlock attempts).
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// Encrypts a value for storage.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>> {
        seal_to(&self.recipient.to_string(), plaintext)
    }

    /// Decrypts a stored value; `None` if it is not a valid ciphertext for this vault.
    pub fn open(&self, ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        age::decrypt(&self.identity, ciphertext)
            .ok()
            .map(Zeroizing::new)
    }

    /// A keyed MAC over the concatenation of `parts` (each prefixed with its length).
    pub fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut hasher = blake3::Hasher::new_keyed(&self.mac_key);
        for part in parts {
            hasher.update(&(part.len() as u64).to_be_bytes());
            hasher.update(part);
        }
        *hasher.finalize().as_bytes()
    }

    /// The opaque database key of a named bucket (an index week): bucket names never reach the
    /// file in the clear.
    pub fn bucket(&self, name: &str) -> u64 {
        let hash = blake3::keyed_hash(&self.bucket_key, name.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&hash.as_bytes()[..8]);
        u64::from_be_bytes(first)
    }

    /// A stable pseudonym for `value` within this vault (e.g. of a tagged alias), so that rules
    /// can compare aliases without keeping them readable in the index.
    pub fn pseudonym(&self, value: &str) -> u64 {
        let hash = blake3::keyed_hash(&self.pseudonym_key, value.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&hash.as_bytes()[..8]);
        u64::from_be_bytes(first)
    }

    /// A stable, unguessable reference for `name` (20 hex characters): the `identificatie` of
    /// shared documents and cases, the same on every retry and unlinkable without this vault.
    pub fn reference(&self, name: &str) -> String {
        let hash = blake3::keyed_hash(&self.pseudonym_key, format!("reference:{name}").as_bytes());
        hex(&hash.as_bytes()[..10])
    }

    /// The key file: the identity, bound to `vault_id`, encrypted with the passphrase.
    pub fn wrap(&self, vault_id: &str, passphrase: &str, work_factor: u8) -> Result<Vec<u8>> {
        let payload = KeyFilePayload {
            format: KEY_FILE_FORMAT,
            vault_id: vault_id.to_owned(),
            identity: self.identity.to_string().expose_secret().to_owned(),
        };
        let plaintext = Zeroizing::new(serde_json::to_vec(&payload).map_err(Error::storage)?);
        drop(Zeroizing::new(payload.identity));
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(work_factor.clamp(WORK_FACTOR_MIN, WORK_FACTOR_MAX));
        age::encrypt(&recipient, &plaintext).map_err(Error::storage)
    }

    /// Opens a key file with the passphrase; runs scrypt exactly once.
    pub fn unwrap(key_file: &[u8], passphrase: &str, vault_id: &str) -> Result<Keys> {
        let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
        identity.set_max_work_factor(WORK_FACTOR_MAX);
        let plaintext = match age::decrypt(&identity, key_file) {
            Ok(plaintext) => Zeroizing::new(plaintext),
            Err(age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed) => {
                return Err(Error::WrongPassphrase);
            }
            Err(_) => return Err(Error::Damaged(Damage::KeyFile)),
        };
        let payload: KeyFilePayload =
            serde_json::from_slice(&plaintext).map_err(|_| Error::Damaged(Damage::KeyFile))?;
        let secret = Zeroizing::new(payload.identity);
        if payload.format > KEY_FILE_FORMAT {
            return Err(Error::NewerFormat {
                found: payload.format,
                supported: KEY_FILE_FORMAT,
            });
        }
        if payload.vault_id != vault_id {
            return Err(Error::Damaged(Damage::KeyMismatch));
        }
        let identity: age::x25519::Identity = secret
            .parse()
            .map_err(|_| Error::Damaged(Damage::KeyFile))?;
        Ok(Keys::from_identity(identity))
    }
}

/// Encrypts to an `age1…` recipient given as text (the vault's own, while locked).
pub(crate) fn seal_to(recipient: &str, plaintext: &[u8]) -> Result<Vec<u8>> {
    let recipient: age::x25519::Recipient = recipient
        .parse()
        .map_err(|_| Error::Damaged(Damage::Metadata))?;
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(Error::storage)?;
    let mut out = Vec::with_capacity(plaintext.len() + 200);
    let mut writer = encryptor.wrap_output(&mut out)?;
    std::io::Write::write_all(&mut writer, plaintext)?;
    writer.finish()?;
    Ok(out)
}

/// Random bytes from the operating system.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    use rand::RngCore;
    let mut bytes = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes
}

/// Lower-case hex, for ids in the clear.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
