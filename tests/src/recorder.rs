//! A server on another origin that only records what reaches it: the place a hostile case
//! system would send the app's token. A test asserts it heard nothing.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A listener on 127.0.0.1 (another port, so another origin) that answers every request with
/// 404 and keeps the head of each request. Stops when dropped.
pub struct Recorder {
    base: String,
    heard: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Recorder {
    pub fn start() -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        listener.set_nonblocking(true).expect("non-blocking");
        let heard = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = std::thread::spawn({
            let heard = heard.clone();
            let stop = stop.clone();
            move || {
                while !stop.load(Ordering::Relaxed) {
                    match listener.accept() {
                        Ok((mut stream, _)) => {
                            let _ = stream.set_nonblocking(false);
                            let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
                            let mut buffer = vec![0; 16 * 1024];
                            let n = stream.read(&mut buffer).unwrap_or(0);
                            heard
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .push(String::from_utf8_lossy(&buffer[..n]).into_owned());
                            let _ = stream.write_all(
                                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                            );
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            }
        });
        Recorder {
            base,
            heard,
            stop,
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The head (request line, headers, start of the body) of every request that arrived.
    pub fn heard(&self) -> Vec<String> {
        self.heard.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
