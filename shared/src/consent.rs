//! Consent, transparency towards the young person, and the safety exception.

use leefwereld_core as lw;
use lw::share;

use crate::types::{ConsentGiver, InformedHow, Partner, from_ms, to_ms};
use crate::vault::Vault;
use leefwereld_core::ffi::LeefwereldError;

/// What the worker records when consent is given.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentInput {
    pub given_by: ConsentGiver,
    pub informed_how: InformedHow,
    /// When it was given (Unix milliseconds); not in the future.
    pub given_at_ms: i64,
    /// The partners it may go to; at least one.
    pub scope: Vec<Partner>,
}

/// A consent as kept with the entry.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Consent {
    pub given_by: ConsentGiver,
    pub informed_how: InformedHow,
    pub given_at_ms: i64,
    pub scope: Vec<Partner>,
    pub recorded_at_ms: i64,
    pub withdrawn_at_ms: Option<i64>,
}

impl From<share::Consent> for Consent {
    fn from(c: share::Consent) -> Self {
        Consent {
            given_by: c.given_by,
            informed_how: c.informed_how,
            given_at_ms: to_ms(c.given_at),
            scope: c.scope.into_iter().collect(),
            recorded_at_ms: to_ms(c.recorded_at),
            withdrawn_at_ms: c.withdrawn_at.map(to_ms),
        }
    }
}

/// The current consent of an entry and the earlier ones.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentHistory {
    pub current: Option<Consent>,
    /// Replaced or withdrawn consents, oldest first.
    pub earlier: Vec<Consent>,
}

/// Whether the young person was told about what is noted, or why not.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TransparencyState {
    /// How the young person was informed, if they were.
    pub informed_how: Option<InformedHow>,
    pub informed_at_ms: Option<i64>,
    /// The recorded reason not to inform them (kept encrypted with the entry), if any.
    pub safety_exception: Option<String>,
    pub safety_exception_at_ms: Option<i64>,
}

#[uniffi::export]
impl Vault {
    /// Records consent for sharing entry `id`, replacing an earlier one. A consent the core
    /// cannot accept (wrong giver for the kind, no partner, in the future) raises `Consent`.
    pub fn record_consent(
        &self,
        id: String,
        input: ConsentInput,
    ) -> Result<Consent, LeefwereldError> {
        let id = self.id(&id)?;
        let input = share::ConsentInput {
            given_by: input.given_by,
            informed_how: input.informed_how,
            given_at: self.arg(from_ms(input.given_at_ms, "given_at_ms"))?,
            scope: input.scope.into_iter().collect(),
        };
        Ok(self
            .call(self.inner.sharing().record_consent(id, input))?
            .into())
    }

    /// The current consent of entry `id` and the earlier ones.
    pub fn consent(&self, id: String) -> Result<ConsentHistory, LeefwereldError> {
        let id = self.id(&id)?;
        let (current, earlier) = self.call(self.inner.sharing().consent(id))?;
        Ok(ConsentHistory {
            current: current.map(Into::into),
            earlier: earlier.into_iter().map(Into::into).collect(),
        })
    }

    /// Withdraws consent: unsent shares are cancelled, delivered ones queued for retraction.
    /// Returns how many retractions were queued; without consent raises `Consent`.
    pub fn withdraw_consent(&self, id: String) -> Result<u32, LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.sharing().withdraw_consent(id))
    }

    /// Records that the young person was told what is noted and may be shared.
    pub fn record_transparency(
        &self,
        id: String,
        informed_how: InformedHow,
    ) -> Result<(), LeefwereldError> {
        let id = self.id(&id)?;
        self.call(self.inner.sharing().record_transparency(id, informed_how))
    }

    /// Records that the young person is not informed because that would endanger someone; the
    /// justification (10 characters or more, else `Consent`) stays encrypted with the entry.
    pub fn record_safety_exception(
        &self,
        id: String,
        justification: String,
    ) -> Result<(), LeefwereldError> {
        let id = self.id(&id)?;
        self.call(
            self.inner
                .sharing()
                .record_safety_exception(id, &justification),
        )
    }

    /// The transparency record and the safety exception of entry `id`.
    pub fn transparency(&self, id: String) -> Result<TransparencyState, LeefwereldError> {
        let id = self.id(&id)?;
        let (transparency, exception) = self.call(self.inner.sharing().transparency(id))?;
        Ok(TransparencyState {
            informed_how: transparency.as_ref().map(|t| t.informed_how),
            informed_at_ms: transparency.as_ref().map(|t| to_ms(t.at)),
            safety_exception_at_ms: exception.as_ref().map(|e| to_ms(e.recorded_at)),
            safety_exception: exception.map(|e| e.justification),
        })
    }
}
