//! `partnercheck serve` killed (SIGKILL) while 50 clients submit: every
//! answer that got a `201` is on disk in full and scores, and a restart on
//! the same round keeps the links and the counts.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::serve_common::{Server, exchange, folder, full_answer};

/// A connection from `127.0.0.N` (so that 50 clients stay under the cap of
/// 32 connections from one address), or `None` once the server is gone.
fn connect_from(n: u8, to: std::net::SocketAddr) -> Option<std::net::TcpStream> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .ok()?;
    rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().ok()?;
        socket.bind(([127, 0, 0, n], 0).into()).ok()?;
        let stream = tokio::time::timeout(Duration::from_secs(2), socket.connect(to))
            .await
            .ok()?
            .ok()?;
        let std = stream.into_std().ok()?;
        std.set_nonblocking(false).ok()?;
        Some(std)
    })
}

#[test]
fn every_201_survives_a_sigkill_and_a_restart_keeps_links_and_counts() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--rate-limit", "0"]);
    let addr = server.addr;
    let paths = [
        server.join("Acme", "us").to_owned(),
        server.join("Acme", "them").to_owned(),
    ];
    let stored: Arc<Mutex<Vec<String>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let body = full_answer(4, None);
    let clients: Vec<_> = (0..50u8)
        .map(|i| {
            let (stored, stop, body) = (stored.clone(), stop.clone(), body.clone());
            let path = paths[usize::from(i % 2)].clone();
            std::thread::spawn(move || {
                let started = Instant::now();
                // Bounded: 200 answers or 30 s a client, whichever first.
                for _ in 0..200 {
                    if stop.load(Ordering::Relaxed) || started.elapsed() > Duration::from_secs(30) {
                        break;
                    }
                    let Some(stream) = connect_from(2 + i % 10, addr) else {
                        break;
                    };
                    let r = std::panic::catch_unwind(|| {
                        exchange(
                            stream,
                            addr,
                            "POST",
                            &path,
                            &[("Content-Type", "application/json")],
                            body.as_bytes(),
                        )
                    });
                    match r {
                        Ok(r) if r.status == 201 => {
                            let name = r.json()["file"].as_str().unwrap().to_owned();
                            stored.lock().unwrap().push(name);
                        }
                        Ok(r) => panic!("unexpected answer: {r:?}"),
                        // The server was killed mid-request.
                        Err(_) => break,
                    }
                }
            })
        })
        .collect();
    // Kill once some answers are in, while the others are in flight.
    let deadline = Instant::now() + Duration::from_secs(20);
    while stored.lock().unwrap().len() < 150 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    let mut server = server;
    server.child.kill().expect("SIGKILL");
    let _ = server.child.wait();
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        let _ = c.join();
    }
    let stored = stored.lock().unwrap().clone();
    assert!(
        stored.len() >= 150,
        "only {} answers before the kill",
        stored.len()
    );
    let on_disk = server.files();
    for name in &stored {
        assert!(
            on_disk.contains(name),
            "{name} got a 201 and is not on disk"
        );
        let text = std::fs::read_to_string(dir.path().join("answers").join(name)).unwrap();
        assert!(
            text.contains("complete = true") && text.ends_with('\n'),
            "{name}"
        );
    }
    let scored = std::process::Command::new(env!("CARGO_BIN_EXE_partnercheck"))
        .current_dir(dir.path())
        .args(["score", "answers", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        scored.status.success(),
        "{}",
        String::from_utf8_lossy(&scored.stderr)
    );
    let stdout = server.stdout.clone();
    drop(server);

    // A restart: the same links, every file counted, no temporary file left.
    let again = Server::start(dir.path(), &["--partner", "Acme", "--rate-limit", "0"]);
    assert_eq!(
        again
            .stdout
            .replace(&addr.to_string(), "ADDR")
            .lines()
            .count(),
        4
    );
    let tokens = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.rsplit_once('/').unwrap().1.to_owned())
            .collect()
    };
    assert_eq!(tokens(&again.stdout), tokens(&stdout));
    let status = again.get(&format!("{}/status", again.facilitator)).json();
    let counted = status["partners"][0]["us"].as_u64().unwrap()
        + status["partners"][0]["them"].as_u64().unwrap();
    assert_eq!(counted as usize, on_disk.len());
    let hidden: Vec<_> = std::fs::read_dir(dir.path().join("answers"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}
