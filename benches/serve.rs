//! `partnercheck serve` under a workshop's worst minute: 1,000 answers from
//! 50 concurrent clients over loopback (`--rate-limit 0`), each answer a
//! new connection as from a phone. Prints p50, p99 and the slowest
//! latency, the throughput, and the server's peak memory (VmHWM); checks
//! that every answer is stored. Not a test: run it on a quiet machine.
//!
//!   cargo bench --bench serve

use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CLIENTS: usize = 50;
const EACH: usize = 20;

fn connect_from(rt: &tokio::runtime::Runtime, n: u8, to: SocketAddr) -> std::net::TcpStream {
    rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind(([127, 0, 0, n], 0).into()).unwrap();
        let stream = socket.connect(to).await.unwrap();
        let std = stream.into_std().unwrap();
        std.set_nonblocking(false).unwrap();
        std
    })
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(dir.path())
        .args([
            "serve",
            "--organization",
            "Northwind",
            "--partner",
            "Acme",
            "--listen",
            "127.0.0.1:0",
            "--rate-limit",
            "0",
        ])
        .env("PARTNERCHECK_STATE_DIR", dir.path().join("state"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start partnercheck serve");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut joins = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let fields: Vec<&str> = line.split('\t').collect();
        if fields[0] == "join" {
            joins.push(fields[3].strip_prefix("http://").unwrap().to_owned());
        }
        if fields[0] == "display" {
            break;
        }
    }
    let (host, _) = joins[0].split_once('/').unwrap();
    let addr: SocketAddr = host.parse().unwrap();
    let paths: Vec<String> = joins
        .iter()
        .map(|j| j[j.find('/').unwrap()..].to_owned())
        .collect();
    let q =
        partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health").unwrap();
    let answers: serde_json::Map<String, serde_json::Value> = q
        .questions
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.clone(), serde_json::json!(1 + i % 5)))
        .collect();
    let body =
        serde_json::json!({"answers": answers, "notes": {"learning": "A note."}}).to_string();

    let latencies: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let started = Instant::now();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let path = paths[i % paths.len()].clone();
            let (body, latencies) = (body.clone(), latencies.clone());
            std::thread::spawn(move || {
                let mut mine = Vec::with_capacity(EACH);
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_io()
                    .build()
                    .unwrap();
                for _ in 0..EACH {
                    let t = Instant::now();
                    let mut s = connect_from(&rt, 2 + (i % 10) as u8, addr);
                    let request = format!(
                        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n\
                         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    s.write_all(request.as_bytes()).unwrap();
                    let mut reply = Vec::new();
                    s.read_to_end(&mut reply).unwrap();
                    assert!(
                        reply.starts_with(b"HTTP/1.1 201"),
                        "{}",
                        String::from_utf8_lossy(&reply)
                    );
                    mine.push(t.elapsed());
                }
                latencies.lock().unwrap().extend(mine);
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let wall = started.elapsed();
    let peak = std::fs::read_to_string(format!("/proc/{}/status", child.id()))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap())
        });
    let _ = child.kill();
    let _ = child.wait();
    let stored = std::fs::read_dir(dir.path().join("answers"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".toml"))
        .count();
    let mut l = latencies.lock().unwrap().clone();
    l.sort();
    let at = |p: f64| l[((l.len() as f64 * p).ceil() as usize).clamp(1, l.len()) - 1];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "serve: {} answers from {CLIENTS} clients in {:.2} s ({:.0}/s); {stored} stored\n\
         latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; server peak memory {}",
        l.len(),
        wall.as_secs_f64(),
        l.len() as f64 / wall.as_secs_f64(),
        ms(at(0.50)),
        ms(at(0.99)),
        ms(at(1.0)),
        peak.map_or("unknown".to_owned(), |kb| format!(
            "{:.1} MB",
            kb as f64 / 1024.0
        )),
    );
    assert_eq!(stored, CLIENTS * EACH, "answers lost");
}
