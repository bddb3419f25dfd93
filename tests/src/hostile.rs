//! A case system that answers whatever it is told to: each request gets the next of a list of
//! (status, body) replies. The fuzz tests of the ZGW client (`tests/tests/fuzz_zgw_replies.rs`,
//! `fuzz/fuzz_targets/zgw_reply.rs`) drive the real client against it over loopback HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use leefwereld_core::sync::ConnectionProfile;

/// A connection profile for the case system at `base`.
pub fn profile_json(base: &str) -> String {
    let recipient = age::x25519::Identity::generate().to_public().to_string();
    serde_json::json!({
        "format": "leefwereld-connection/1",
        "municipality": "Gemeente Voorbeeldstad",
        "catalogi_url": format!("{base}/catalogi/api/v1"),
        "zaken_url": format!("{base}/zaken/api/v1"),
        "documenten_url": format!("{base}/documenten/api/v1"),
        "client_id": "leefwereld-jw-zuid",
        "secret": "een-lang-gedeeld-geheim-van-de-gemeente",
        "bronorganisatie": "002220647",
        "zaaktype": "LW-SIGNAAL",
        "informatieobjecttype": "Leefwereld-notitie",
        "vertrouwelijkheidaanduiding": "vertrouwelijk",
        "recipients": [recipient],
    })
    .to_string()
}

/// The replies still to give: (status, body).
pub type Replies = Arc<Mutex<Vec<(u16, Vec<u8>)>>>;

/// A case system on loopback that answers each request with the next of `replies` (status,
/// body), the last one repeated.
pub struct HostileServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// What the next requests get: (status, body), the last one repeated.
    pub replies: Replies,
}

impl HostileServer {
    pub fn start() -> HostileServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let replies: Replies = Arc::default();
        let queue = replies.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let mut reader = BufReader::new(stream);
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let (status, reply) = {
                    let mut queue = queue.lock().unwrap();
                    if queue.len() > 1 {
                        queue.remove(0)
                    } else {
                        queue.first().cloned().unwrap_or((500, Vec::new()))
                    }
                };
                let mut stream = reader.into_inner();
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    reply.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&reply);
            }
        });
        HostileServer { url, replies }
    }

    /// A connection profile whose three API roots are this server.
    pub fn profile(&self) -> ConnectionProfile {
        ConnectionProfile::parse(&profile_json(&self.url)).expect("a valid profile")
    }
}
