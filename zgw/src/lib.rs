//! Leefwereld's road to the municipality: the ZGW APIs (Catalogi, Zaken, Documenten) over HTTP,
//! as Open Zaak serves them.
//!
//! The core decides what may leave the device and keeps the outbox; it talks to a case system
//! only through its [`CaseSystem`](leefwereld_core::sync::CaseSystem) trait. This crate is the
//! one implementation that uses the network ([`ZgwClient`]), kept out of the core so that the
//! rules build and test without an HTTP stack (the web training mode never syncs), and
//! [`ConnectionExt`] runs it with the vault's stored connection profile.

mod client;
mod connect;
mod http;

pub use client::{DEFAULT_TIMEOUT, ZgwClient};
pub use connect::ConnectionExt;
