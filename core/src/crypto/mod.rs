//! The vault's keys and how data is protected.
//!
//! - Every stored value is an age file sealed to a vault-local symmetric recipient
//!   ([`bound`]) with its place (table, key, version) as associated data: only the unlocked
//!   vault can make a value it accepts, and a value opens only where it was written.
//! - The key file holds the vault's secrets, encrypted with the passphrase (age scrypt), behind
//!   a short clear header with a checksum, so that a damaged file is told apart from a wrong
//!   passphrase.
//! - The vault's X25519 recipient remains for what is written while the vault is locked
//!   (failed unlock attempts): those records cannot be authenticated and are marked so.
//!
//! The passphrase runs scrypt once per unlock (or create, or passphrase change); per-value work
//! never runs a KDF. Keys live only inside [`Keys`], which zeroizes them when dropped, and that
//! happens on lock.

mod bound;

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

// Keys that change when the passphrase changes (derived from the identity).
const MAC_CONTEXT: &str = "leefwereld 2026-12 vault mac";
const STORAGE_CONTEXT: &str = "leefwereld 2026-12 vault storage";
const SIGNING_CONTEXT: &str = "leefwereld 2026-12 team report signing";
// Keys that stay for the life of the vault (derived from the naming secret): they name things
// that must not change under the case system or in the file (shared documents' identificatie,
// index bucket keys, alias pseudonyms). They open nothing.
const BUCKET_CONTEXT: &str = "leefwereld 2026-11 vault index bucket names";
const PSEUDONYM_CONTEXT: &str = "leefwereld 2026-11 vault pseudonyms";

/// The first line of a key file. The recipient and a checksum follow in the clear: the
/// recipient lets an interrupted passphrase change be finished or undone without the
/// passphrase, the checksum tells damage apart from a wrong passphrase.
const KEY_FILE_MAGIC: &str = "leefwereld-key/2";
/// A key file larger than this is not one of ours (they are about 400 bytes).
const KEY_FILE_MAX_BYTES: usize = 16 * 1024;

/// The unlocked key material of one vault.
pub(crate) struct Keys {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    naming_secret: Zeroizing<[u8; 32]>,
    mac_key: Zeroizing<[u8; 32]>,
    storage_key: Zeroizing<[u8; 32]>,
    /// Signs the weekly reports this vault sends its team lead; rotates with the identity.
    signing_key: ed25519_dalek::SigningKey,
    bucket_key: Zeroizing<[u8; 32]>,
    pseudonym_key: Zeroizing<[u8; 32]>,
}

/// What the key file holds once decrypted.
#[derive(Serialize, Deserialize)]
struct KeyFilePayload {
    format: u32,
    vault_id: String,
    identity: String,
    /// Hex of the naming secret.
    naming: String,
}

const KEY_FILE_FORMAT: u32 = 2;

impl Keys {
    /// Fresh keys for a new vault.
    pub fn generate() -> Keys {
        Keys::from_parts(
            age::x25519::Identity::generate(),
            Zeroizing::new(random_bytes()),
        )
    }

    /// New keys for a passphrase change: a new identity and everything derived from it; the
    /// naming secret stays, so names already given out (documents at the case system) hold.
    pub fn rotated(&self) -> Keys {
        Keys::from_parts(
            age::x25519::Identity::generate(),
            self.naming_secret.clone(),
        )
    }

    fn from_parts(identity: age::x25519::Identity, naming_secret: Zeroizing<[u8; 32]>) -> Keys {
        let secret = identity.to_string();
        let material = secret.expose_secret().as_bytes();
        let recipient = identity.to_public();
        Keys {
            mac_key: Zeroizing::new(blake3::derive_key(MAC_CONTEXT, material)),
            storage_key: Zeroizing::new(blake3::derive_key(STORAGE_CONTEXT, material)),
            signing_key: ed25519_dalek::SigningKey::from_bytes(&Zeroizing::new(
                blake3::derive_key(SIGNING_CONTEXT, material),
            )),
            bucket_key: Zeroizing::new(blake3::derive_key(BUCKET_CONTEXT, &*naming_secret)),
            pseudonym_key: Zeroizing::new(blake3::derive_key(PSEUDONYM_CONTEXT, &*naming_secret)),
            naming_secret,
            identity,
            recipient,
        }
    }

    /// The vault's public recipient (`age1…`), kept in the clear so that records can be
    /// encrypted to the vault even while it is locked (failed unlock attempts).
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// Signs `message` with the vault's signing key (ed25519).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        use ed25519_dalek::Signer;
        self.signing_key.sign(message).to_bytes()
    }

    /// The public half of the signing key.
    pub fn verifying_key(&self) -> [u8; 32] {
        self.signing_key.verifying_key().to_bytes()
    }

    /// Seals a value for one place of the vault (see [`bound`]).
    pub fn seal_at(&self, place: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
        let recipient = bound::PlaceRecipient {
            key: &self.storage_key,
            place,
        };
        age::encrypt(&recipient, plaintext).map_err(Error::storage)
    }

    /// Opens a value sealed for `place`; `None` if it was sealed elsewhere, by someone else, or
    /// is damaged.
    pub fn open_at(&self, place: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let identity = bound::PlaceIdentity {
            key: &self.storage_key,
            place,
        };
        age::decrypt(&identity, sealed).ok().map(Zeroizing::new)
    }

    /// Decrypts an age file addressed to this vault's X25519 recipient: a team report sent to
    /// the lead, or a record written while the vault was locked. Such a file proves nothing
    /// about who wrote it.
    pub fn open_addressed(&self, ciphertext: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
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

    /// The key file: the secrets, bound to `vault_id`, encrypted with the passphrase.
    pub fn wrap(&self, vault_id: &str, passphrase: &str, work_factor: u8) -> Result<Vec<u8>> {
        let payload = KeyFilePayload {
            format: KEY_FILE_FORMAT,
            vault_id: vault_id.to_owned(),
            identity: self.identity.to_string().expose_secret().to_owned(),
            naming: hex(&*self.naming_secret),
        };
        let plaintext = Zeroizing::new(serde_json::to_vec(&payload).map_err(Error::storage)?);
        drop(Zeroizing::new(payload.identity));
        drop(Zeroizing::new(payload.naming));
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
        recipient.set_work_factor(work_factor.clamp(WORK_FACTOR_MIN, WORK_FACTOR_MAX));
        let body = age::encrypt(&recipient, &plaintext).map_err(Error::storage)?;
        let checksum = hex(blake3::hash(&body).as_bytes());
        let mut file = format!("{KEY_FILE_MAGIC}\n{}\n{checksum}\n", self.recipient()).into_bytes();
        file.extend_from_slice(&body);
        Ok(file)
    }

    /// The recipient a key file names in its clear header (`None` if it is not a key file of
    /// this format). Needs no passphrase.
    pub fn key_file_recipient(key_file: &[u8]) -> Option<String> {
        KeyFileParts::parse(key_file).map(|parts| parts.recipient.to_owned())
    }

    /// Opens a key file with the passphrase; runs scrypt exactly once.
    pub fn unwrap(key_file: &[u8], passphrase: &str, vault_id: &str) -> Result<Keys> {
        let parts = KeyFileParts::parse(key_file).ok_or(Error::Damaged(Damage::KeyFile))?;
        let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
        identity.set_max_work_factor(WORK_FACTOR_MAX);
        // The checksum held, so the file is as it was written: a failure now is the passphrase.
        let plaintext = match age::decrypt(&identity, parts.body) {
            Ok(plaintext) => Zeroizing::new(plaintext),
            Err(age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed) => {
                return Err(Error::WrongPassphrase);
            }
            Err(_) => return Err(Error::Damaged(Damage::KeyFile)),
        };
        let payload: KeyFilePayload =
            serde_json::from_slice(&plaintext).map_err(|_| Error::Damaged(Damage::KeyFile))?;
        let secret = Zeroizing::new(payload.identity);
        let naming = Zeroizing::new(payload.naming);
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
        if identity.to_public().to_string() != parts.recipient {
            return Err(Error::Damaged(Damage::KeyFile));
        }
        let naming_secret = unhex32(&naming).ok_or(Error::Damaged(Damage::KeyFile))?;
        Ok(Keys::from_parts(identity, naming_secret))
    }
}

/// A key file split into its clear header and the passphrase-encrypted body.
struct KeyFileParts<'a> {
    recipient: &'a str,
    body: &'a [u8],
}

impl<'a> KeyFileParts<'a> {
    fn parse(file: &'a [u8]) -> Option<KeyFileParts<'a>> {
        if file.len() > KEY_FILE_MAX_BYTES {
            return None;
        }
        let mut rest = file;
        let mut line = || -> Option<&'a str> {
            let end = rest.iter().position(|b| *b == b'\n')?;
            let text = std::str::from_utf8(&rest[..end]).ok()?;
            rest = &rest[end + 1..];
            Some(text)
        };
        if line()? != KEY_FILE_MAGIC {
            return None;
        }
        let recipient = line()?;
        let checksum = line()?;
        if !recipient.starts_with("age1") || recipient.len() > 100 {
            return None;
        }
        let body = rest;
        constant_time_eq(
            hex(blake3::hash(body).as_bytes()).as_bytes(),
            checksum.as_bytes(),
        )
        .then_some(KeyFileParts { recipient, body })
    }
}

fn unhex32(text: &str) -> Option<Zeroizing<[u8; 32]>> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = Zeroizing::new([0u8; 32]);
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
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
/// Whether `signature` is `public_key`'s ed25519 signature of `message` (strict: no malleable
/// signatures, no weak keys).
pub(crate) fn verify_signature(
    public_key: &[u8; 32],
    message: &[u8],
    signature: &[u8; 64],
) -> bool {
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(public_key) else {
        return false;
    };
    key.verify_strict(message, &ed25519_dalek::Signature::from_bytes(signature))
        .is_ok()
}

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

/// Compares two MACs (or digests) without leaking where they differ.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq as _;
    a.ct_eq(b).into()
}
