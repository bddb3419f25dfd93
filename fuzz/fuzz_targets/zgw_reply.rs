//! Replies of a hostile or compromised ZGW case system, over real HTTP on loopback: every call
//! of the client ends in a result or a transport error.
#![no_main]

use std::sync::OnceLock;
use std::time::Duration;

use chrono::NaiveDate;
use leefwereld_core::sync::{CaseSystem, Delivery};
use leefwereld_fuzz::HostileServer;
use leefwereld_zgw::ZgwClient;
use libfuzzer_sys::fuzz_target;

const STATUS: [u16; 12] = [200, 201, 204, 400, 401, 403, 404, 409, 412, 429, 500, 503];

/// Replies in the input are separated by this line; each reply's first byte picks its status.
const SEPARATOR: &[u8] = b"\n--reply--\n";

struct World {
    server: HostileServer,
    client: ZgwClient,
    delivery: Delivery,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let server = HostileServer::start();
        let client = ZgwClient::new(
            &server.profile(),
            "d-8c1f0a",
            "Jongerenwerk Zuid",
            Duration::from_secs(2),
        );
        let delivery = Delivery {
            document_id: "LW-4F2A9C0D1E3B5A7C-2".into(),
            case_id: "LW-4F2A9C0D1E3B5A7C".into(),
            case_title: "Leefwereld-signaal".into(),
            case_start: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            title: "Leefwereld-notitie".into(),
            file_name: "notitie.age".into(),
            media_type: "application/octet-stream".into(),
            content: b"age-encryption.org/v1".to_vec(),
            author: "Jongerenwerk Zuid".into(),
            created: NaiveDate::from_ymd_opt(2026, 11, 24).unwrap(),
        };
        World {
            server,
            client,
            delivery,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let world = world();
    let mut replies = Vec::new();
    let mut rest = data;
    while replies.len() < 8 {
        let (reply, next) = match rest.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
            Some(at) => (&rest[..at], Some(&rest[at + SEPARATOR.len()..])),
            None => (rest, None),
        };
        let (status, body) = reply.split_first().unwrap_or((&0, &[]));
        replies.push((STATUS[*status as usize % STATUS.len()], body.to_vec()));
        match next {
            Some(next) => rest = next,
            None => break,
        }
    }
    *world.server.replies.lock().unwrap() = replies.clone();
    let _ = world.client.fetch_case_documents("LW-4F2A9C0D1E3B5A7C");
    *world.server.replies.lock().unwrap() = replies;
    let _ = world.client.deliver(&world.delivery, &mut |_| {});
});
