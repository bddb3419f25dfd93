//! The peer: the same entries in a SQLCipher database (rows with indexed columns and a JSON
//! body), doing the same steps as `vault.rs`.

use leefwereld_core::{EntryContent, IsoWeek};
use rusqlite::{Connection, params};

use crate::measure::{Outcome, kind_code, median, now, once, percentiles};

pub const KEY: &str = "fietsbel paraplu wolkenkrabber";

pub fn connect(path: &std::path::Path) -> Connection {
    let conn = Connection::open(path).expect("open sqlcipher");
    conn.pragma_update(None, "key", KEY).expect("key");
    conn.pragma_update(None, "journal_mode", "WAL")
        .expect("wal");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("sync");
    conn
}

fn insert(conn: &Connection, id: u64, content: &EntryContent) {
    let body = serde_json::to_string(content).expect("json");
    conn.execute(
        "INSERT INTO entries (id, kind, theme, platform, source, neighbourhood, week, observed, recorded, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id as i64,
            kind_code(content.kind),
            content.theme.code(),
            content.platform.code(),
            content.source_type.code(),
            content.neighbourhood,
            IsoWeek::of(content.observed_at).to_string(),
            content.observed_at.timestamp(),
            now().timestamp(),
            body
        ],
    )
    .expect("insert");
}

pub fn run(data: &[EntryContent]) -> Outcome {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("peer.db");
    let mut conn = connect(&path);
    conn.execute_batch(
        "CREATE TABLE entries (id INTEGER PRIMARY KEY, kind INTEGER, theme TEXT, platform TEXT, source TEXT, neighbourhood TEXT, week TEXT, observed INTEGER, recorded INTEGER, body TEXT);
         CREATE INDEX entries_week_theme ON entries (week, theme);
         CREATE INDEX entries_observed ON entries (observed);",
    )
    .expect("schema");
    let mut out = Vec::new();
    out.push(once("populate (one batch)", || {
        let tx = conn.transaction().expect("tx");
        for (i, content) in data.iter().enumerate() {
            insert(&tx, i as u64, content);
        }
        tx.commit().expect("commit");
    }));
    let samples: Vec<EntryContent> = data.iter().take(200).cloned().collect();
    out.extend(percentiles(
        "capture-to-durable p50",
        "capture-to-durable p95",
        samples.len(),
        |i| {
            insert(&conn, (data.len() + i) as u64, &samples[i]);
        },
    ));
    drop(conn);
    let mut reopened = None;
    out.push(once("open file (integrity check)", || {
        let conn = connect(&path);
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .expect("check");
        assert_eq!(check, "ok");
        reopened = Some(conn);
    }));
    drop(reopened);
    let mut conn = None;
    out.push(median("unlock (scrypt 2^17 + index)", 3, || {
        let c = connect(&path);
        let _: i64 = c
            .query_row("SELECT count(*) FROM entries", [], |r| r.get(0))
            .expect("count");
        conn = Some(c);
    }));
    let conn = conn.expect("connected");
    out.push(median("first page (50 newest)", 20, || {
        let mut stmt = conn
            .prepare_cached("SELECT id, body FROM entries ORDER BY observed DESC LIMIT 50")
            .expect("prepare");
        let rows: Vec<(i64, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .map(|r| r.expect("row"))
            .collect();
        for (_, body) in &rows {
            let content: EntryContent = serde_json::from_str(body).expect("json");
            std::hint::black_box(content.text.chars().take(140).count());
        }
        assert_eq!(rows.len(), 50);
    }));
    let last = IsoWeek::of(now());
    let first = last.minus(51);
    out.push(median("52-week count by (week, theme)", 20, || {
        let mut stmt = conn
            .prepare_cached("SELECT week, theme, count(*) FROM entries WHERE week BETWEEN ?1 AND ?2 GROUP BY week, theme")
            .expect("prepare");
        let n = stmt
            .query_map(params![first.to_string(), last.to_string()], |r| r.get::<_, i64>(2))
            .expect("query")
            .count();
        assert!(n > 0);
    }));
    out.push(median("weekly summary (5 dimensions, 2 weeks, 12-week series)", 20, || {
        let weeks = [last.to_string(), last.previous().to_string()];
        let mut rows = 0;
        for week in &weeks {
            for column in ["kind", "theme", "platform", "source", "neighbourhood"] {
                let sql = format!("SELECT {column}, count(*) FROM entries WHERE week = ?1 GROUP BY {column}");
                let mut stmt = conn.prepare_cached(&sql).expect("prepare");
                rows += stmt.query_map(params![week], |r| r.get::<_, i64>(1)).expect("query").count();
            }
        }
        let mut stmt = conn
            .prepare_cached("SELECT week, theme, count(*) FROM entries WHERE week BETWEEN ?1 AND ?2 GROUP BY week, theme")
            .expect("prepare");
        rows += stmt
            .query_map(params![last.minus(11).to_string(), last.to_string()], |r| r.get::<_, i64>(2))
            .expect("query")
            .count();
        assert!(rows > 0);
    }));
    out.push(once("full decrypt scan", || {
        let mut stmt = conn.prepare("SELECT body FROM entries").expect("prepare");
        let mut found = 0;
        for body in stmt
            .query_map([], |r| r.get::<_, String>(0))
            .expect("query")
        {
            let content: EntryContent = serde_json::from_str(&body.expect("row")).expect("json");
            if content.text.contains("woord-dat-nergens-staat") {
                found += 1;
            }
        }
        assert_eq!(found, 0);
    }));
    out.push(once("passphrase change (new keys, all re-sealed)", || {
        conn.pragma_update(None, "rekey", "zeilboot lantaarn kaasschaaf")
            .expect("rekey");
    }));
    conn.pragma_update(None, "rekey", KEY).expect("rekey back");
    drop(conn);
    let (unlock_peak_mib, unlock_steady_mib) = crate::memory::unlock_memory("peer", &path);
    Outcome {
        measures: out,
        unlock_peak_mib,
        unlock_steady_mib,
    }
}
