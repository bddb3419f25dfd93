//! Faults a test injects into the server: what goes wrong, and which request it hits. Each
//! fault fires on the requests its matcher selects and is used up as it fires.

use std::time::Duration;

/// What goes wrong with a selected request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The connection is closed without a response before the server handles the request:
    /// nothing changes.
    DropBeforeCommit,
    /// The server handles the request (a create or delete takes effect), then closes the
    /// connection without a response.
    DropAfterCommit,
    /// The server handles the request, waits `delay`, then responds: with `delay` longer than
    /// the client's timeout the client gives up although the change took effect.
    SlowAfterCommit { delay: Duration },
    /// `500 Internal Server Error` without handling the request.
    InternalError,
    /// `503 Service Unavailable` with `Retry-After: <seconds>`, without handling the request.
    Unavailable { retry_after_secs: u64 },
    /// `401 Unauthorized` without handling the request.
    Unauthorized,
    /// `403 Forbidden` without handling the request.
    Forbidden,
    /// `412 Precondition Failed` without handling the request.
    PreconditionFailed,
    /// `403` with Open Zaak's `ZaakClosed` problem, without handling the request: the
    /// municipality closed the zaak this request would change.
    ZaakClosed,
    /// `307 Temporary Redirect` to `location`, without handling the request: a compromised or
    /// misconfigured server sending the client (and its token) elsewhere.
    Redirect { location: String },
}

impl Fault {
    /// The status a fault answers with instead of handling the request, if it does.
    pub(crate) fn status_instead(&self) -> Option<u16> {
        match self {
            Fault::InternalError => Some(500),
            Fault::Unavailable { .. } => Some(503),
            Fault::Unauthorized => Some(401),
            Fault::Forbidden => Some(403),
            Fault::PreconditionFailed => Some(412),
            Fault::Redirect { .. } => Some(307),
            Fault::ZaakClosed => Some(403),
            Fault::DropBeforeCommit | Fault::DropAfterCommit | Fault::SlowAfterCommit { .. } => {
                None
            }
        }
    }
}

/// Selects requests by method and path, and which of the matching requests (counted from the
/// moment the fault is injected) get the fault.
///
/// The path is the full path without query string, e.g. `/zaken/api/v1/zaken`; a `*` segment
/// matches any one segment (`/documenten/api/v1/enkelvoudiginformatieobjecten/*`). The method
/// `*` matches every method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matcher {
    method: String,
    path: String,
    skip: usize,
    times: usize,
}

impl Matcher {
    /// The next request with this method and path.
    pub fn new(method: &str, path: &str) -> Self {
        Self {
            method: method.to_uppercase(),
            path: path.to_owned(),
            skip: 0,
            times: 1,
        }
    }

    /// Only the `n`-th matching request (1-based) and, with [`Matcher::times`], those right
    /// after it.
    pub fn nth(mut self, n: usize) -> Self {
        self.skip = n.saturating_sub(1);
        self
    }

    /// `n` consecutive matching requests instead of one.
    pub fn times(mut self, n: usize) -> Self {
        self.times = n;
        self
    }

    /// Whether a request with this method and path (no query string) is selected by pattern.
    pub fn matches(&self, method: &str, path: &str) -> bool {
        if self.method != "*" && !self.method.eq_ignore_ascii_case(method) {
            return false;
        }
        let pattern: Vec<&str> = self.path.trim_end_matches('/').split('/').collect();
        let actual: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        pattern.len() == actual.len()
            && pattern
                .iter()
                .zip(&actual)
                .all(|(p, a)| *p == "*" || p == a)
    }
}

/// Armed faults, in the order they were injected.
#[derive(Default)]
pub(crate) struct FaultPlan {
    armed: Vec<Armed>,
}

struct Armed {
    fault: Fault,
    matcher: Matcher,
    seen: usize,
    fired: usize,
}

impl FaultPlan {
    pub(crate) fn inject(&mut self, fault: Fault, matcher: Matcher) {
        self.armed.push(Armed {
            fault,
            matcher,
            seen: 0,
            fired: 0,
        });
    }

    /// Counts the request against every matching fault and returns the first one due. When
    /// several are due at once, the earliest injected fires; the others stay armed.
    pub(crate) fn take(&mut self, method: &str, path: &str) -> Option<Fault> {
        let mut due = None;
        for (index, armed) in self.armed.iter_mut().enumerate() {
            if !armed.matcher.matches(method, path) {
                continue;
            }
            armed.seen += 1;
            if due.is_none() && armed.seen > armed.matcher.skip {
                armed.fired += 1;
                due = Some(index);
            }
        }
        let index = due?;
        let fault = self.armed[index].fault.clone();
        if self.armed[index].fired >= self.armed[index].matcher.times {
            self.armed.remove(index);
        }
        Some(fault)
    }

    /// How many faults have not fired to the end yet.
    pub(crate) fn pending(&self) -> usize {
        self.armed.len()
    }
}
