//! `partnercheck serve` against hostile requests: unknown and truncated
//! tokens, path traversal, foreign hosts, big and broken bodies, floods,
//! clients that never finish, and too many connections. Every loop is
//! bounded in count and time.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::serve_common::{Reply, Server, folder, full_answer, request};

/// The one 404: same status, headers (but `date`) and body.
#[track_caller]
fn assert_the_404(r: &Reply, reference: &Reply) {
    assert_eq!(r.status, 404, "{r:?}");
    r.assert_guarded();
    let strip = |r: &Reply| -> Vec<(String, String)> {
        r.headers
            .iter()
            .filter(|(n, _)| n != "date")
            .cloned()
            .collect()
    };
    assert_eq!(strip(r), strip(reference));
    assert_eq!(r.body, reference.body);
}

#[test]
fn unknown_routes_tokens_and_traversals_get_one_identical_404() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--rate-limit", "0"]);
    let reference = server.get("/nothing-here");
    assert_eq!(reference.status, 404);
    let join = server.join("Acme", "us").to_owned();
    let token = &join[3..];
    let fac = &server.facilitator[3..];
    let disp = &server.display[3..];
    let wrong = "a".repeat(26);
    let paths = vec![
        format!("/a/{wrong}"),
        format!("/a/{}", &token[..25]),
        format!("/a/{token}x"),
        format!("/a/{}", token.to_uppercase()),
        format!("/f/{token}"),
        format!("/r/{fac}"),
        format!("/a/{fac}"),
        format!("/f/{disp}"),
        format!("/f/{fac}/report/nobody"),
        format!("/f/{fac}/report/..%2f..%2fetc%2fpasswd"),
        format!("/f/{fac}/report/../../status"),
        format!("/r/{disp}/status"),
        format!("/r/{disp}/report/%2e%2e"),
        format!("/f/{fac}/status/x"),
        format!("/a/..%2f{token}"),
        format!("/a/%2e%2e/{token}"),
        format!("/../a/{token}"),
        format!("/a/{token}/../../etc/passwd"),
        format!("/a/{token}/%00"),
        format!("/a/{token}/"),
        format!("//a/{token}"),
        "/a/".to_owned(),
        "/f".to_owned(),
        "/".to_owned(),
        "/answers".to_owned(),
        "/etc/passwd".to_owned(),
        format!("/a/{token}/{wrong}"),
    ];
    for path in &paths {
        assert_the_404(&server.get(path), &reference);
    }
    // Wrong methods on real routes.
    for (method, path) in [
        ("DELETE", join.clone()),
        ("PUT", join.clone()),
        ("GET", format!("{}/close", server.facilitator)),
        ("POST", server.facilitator.clone()),
        ("POST", format!("{}/status", server.facilitator)),
        ("PATCH", server.display.clone()),
        ("BREW", join.clone()),
    ] {
        assert_the_404(&server.send(method, &path, &[], b""), &reference);
    }
    // An edit token of no answer, and a wrong one on PUT.
    let put = server.put_json(&format!("{join}/{wrong}"), &full_answer(3, None));
    assert_the_404(&put, &reference);
    assert!(server.files().is_empty());
    // Nothing outside the answers folder was touched or served.
    assert!(
        !server
            .get(&format!("/a/{token}/../../etc/passwd"))
            .body
            .contains("root:")
    );
}

#[test]
fn foreign_hosts_get_421_and_known_ones_pass() {
    let dir = folder();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen = format!("127.0.0.1:{port}");
    let mut server = Server::start(
        dir.path(),
        &[
            "--partner",
            "Acme",
            "--public-url",
            "https://survey.example.org/ws",
            "--listen",
            &listen,
        ],
    );
    server.addr = listen.parse().unwrap();
    let join = server.join("Acme", "us").to_owned();
    for host in [
        "evil.example",
        "127.0.0.2",
        "survey.example.org.evil",
        "localhost.evil",
    ] {
        let r = server.send("GET", &join, &[("Host", host)], b"");
        assert_eq!(r.status, 421, "{host}");
        r.assert_guarded();
    }
    // 421 before 404.
    assert_eq!(
        server
            .send("GET", "/nothing", &[("Host", "evil.example")], b"")
            .status,
        421
    );
    for host in [
        "localhost",
        "LOCALHOST:8080",
        "127.0.0.1",
        "survey.example.org",
        "survey.example.org:443",
    ] {
        assert_eq!(
            server.send("GET", &join, &[("Host", host)], b"").status,
            200,
            "{host}"
        );
    }
    // The links use the public URL.
    assert!(
        server.stdout.contains("\thttps://survey.example.org/ws/a/"),
        "{}",
        server.stdout
    );
    assert!(!server.stdout.contains("0.0.0.0"));
}

#[test]
fn bad_bodies_get_413_or_422_with_sentences() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--rate-limit", "0"]);
    let join = server.join("Acme", "them").to_owned();
    let big = format!(
        "{{\"respondent\": \"{}\", \"answers\": {{}}}}",
        "x".repeat(70 * 1024)
    );
    let r = server.post_json(&join, &big);
    assert_eq!(r.status, 413);
    r.assert_guarded();
    let cases: &[(&str, &str)] = &[
        ("{\"answers\": {\"mg-both-benefit\": 4", "not valid JSON"),
        ("[]", "not valid JSON"),
        (
            "{\"answers\": {\"no-such-question\": 4}}",
            "no-such-question",
        ),
        ("{\"answers\": {\"mg-both-benefit\": 9}}", "9"),
        (
            "{\"answers\": {\"mg-both-benefit\": 2.5}}",
            "mg-both-benefit",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": \"lots\"}}",
            "mg-both-benefit",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"partner\": \"Globex\"}",
            "partner",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"side\": \"us\"}",
            "side",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"round\": \"2020-01-01\"}",
            "round",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"questionnaire\": \"x\"}",
            "questionnaire",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"admin\": true}",
            "admin",
        ),
        ("{\"answers\": {}}", "at least one"),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"notes\": {\"nope\": \"x\"}}",
            "nope",
        ),
        (
            "{\"answers\": {\"mg-both-benefit\": 4}, \"expected\": {\"learning\": 99}}",
            "99",
        ),
    ];
    for (body, said) in cases {
        let r = server.post_json(&join, body);
        assert_eq!(r.status, 422, "{body}: {r:?}");
        r.assert_guarded();
        let errors = r.json()["errors"].as_array().cloned().unwrap_or_default();
        assert!(!errors.is_empty(), "{body}");
        let joined = errors
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.contains(said), "{body}: {joined}");
        assert!(!joined.contains("answers.json"), "{joined}");
    }
    let wrong_type = server.send(
        "POST",
        &join,
        &[("Content-Type", "text/plain")],
        full_answer(3, None).as_bytes(),
    );
    assert_eq!(wrong_type.status, 422);
    assert!(server.files().is_empty());
}

#[test]
fn the_rate_limit_refuses_the_61st_answer_of_a_minute() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme"]);
    let join = server.join("Acme", "us").to_owned();
    // Refused bodies count as much as stored ones.
    for i in 0..60 {
        let r = if i % 2 == 0 {
            server.post_json(&join, r#"{"answers": {"mg-both-benefit": 4}}"#)
        } else {
            server.post_json(&join, "{")
        };
        assert!(r.status == 201 || r.status == 422, "{i}: {r:?}");
    }
    let r = server.post_json(&join, r#"{"answers": {"mg-both-benefit": 4}}"#);
    assert_eq!(r.status, 429);
    r.assert_guarded();
    assert_eq!(server.files().len(), 30);
    // Pages are not limited.
    assert_eq!(server.get(&join).status, 200);
}

#[test]
fn unknown_tokens_count_against_the_client() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme", "--rate-limit", "5"]);
    for _ in 0..5 {
        assert_eq!(server.get(&format!("/f/{}", "b".repeat(26))).status, 404);
    }
    let r = server.post_json(server.join("Acme", "us"), &full_answer(3, None));
    assert_eq!(r.status, 429);
    assert!(server.files().is_empty());
}

#[test]
fn a_client_that_never_finishes_its_headers_is_cut_off() {
    let dir = folder();
    let server = Server::start_env(
        dir.path(),
        &["--partner", "Acme"],
        &[("PARTNERCHECK_SERVE_HEADER_TIMEOUT_MS", "600")],
    );
    let mut slow = TcpStream::connect(server.addr).unwrap();
    slow.write_all(b"GET /a/x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        .unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(8))).unwrap();
    let started = Instant::now();
    let mut buf = Vec::new();
    let _ = slow.read_to_end(&mut buf);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "closed after {took:?}");
    assert!(took >= Duration::from_millis(400), "closed after {took:?}");
    // An idle connection is closed the same way.
    let mut idle = TcpStream::connect(server.addr).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(8))).unwrap();
    let started = Instant::now();
    let _ = idle.read_to_end(&mut buf);
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.get(server.join("Acme", "us")).status, 200);
}

/// A connection from `source` (any 127.0.0.0/8 address) to the server.
fn connect_from(source: [u8; 4], to: std::net::SocketAddr) -> TcpStream {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket
            .bind((std::net::Ipv4Addr::from(source), 0).into())
            .unwrap();
        let stream = socket.connect(to).await.unwrap();
        let std = stream.into_std().unwrap();
        std.set_nonblocking(false).unwrap();
        std
    })
}

#[test]
fn three_hundred_idle_connections_leave_other_clients_served() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme"]);
    let mut idle = Vec::new();
    for _ in 0..300 {
        match TcpStream::connect_timeout(&server.addr, Duration::from_secs(2)) {
            Ok(s) => idle.push(s),
            Err(_) => break,
        }
    }
    std::thread::sleep(Duration::from_millis(300));
    // The server kept at most 32 from this address: the others are closed.
    let mut open = 0;
    for s in &mut idle {
        s.set_read_timeout(Some(Duration::from_millis(5))).unwrap();
        let mut b = [0u8; 1];
        match s.read(&mut b) {
            Ok(0) => {}
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut =>
            {
                open += 1
            }
            _ => {}
        }
    }
    assert!((16..=32).contains(&open), "{open} idle connections kept");
    // Another address is served at once.
    let other = connect_from([127, 0, 0, 2], server.addr);
    let r = crate::serve_common::exchange(
        other,
        server.addr,
        "GET",
        server.join("Acme", "us"),
        &[],
        b"",
    );
    assert_eq!(r.status, 200);
    drop(idle);
    // And this one again once its idle connections are gone.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let ok = std::panic::catch_unwind(|| request(server.addr, "GET", "/", &[], b"").status);
        if matches!(ok, Ok(404)) {
            break;
        }
        assert!(Instant::now() < deadline, "not served again");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_stops_within_five_seconds_while_a_client_holds_a_connection() {
    let dir = folder();
    let server = Server::start(dir.path(), &["--partner", "Acme"]);
    let mut held = TcpStream::connect(server.addr).unwrap();
    held.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .unwrap();
    let (code, _, took) = server.stop();
    assert_eq!(code, Some(0));
    assert!(took < Duration::from_secs(5), "{took:?}");
}
