//! The reverse-proxy example of docs/serve.md, run: Caddy (the
//! distribution's package) in front of `partnercheck serve`, adding HTTPS
//! (its own local CA) and stripping the path of `--public-url`. Needs
//! `caddy` and `curl`; under CI a missing one fails the test.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common;
use crate::serve_common::{Server, folder, full_answer};

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `curl` over HTTPS, trusting Caddy's local CA: (status, body).
fn curl(args: &[&str]) -> (u16, String) {
    let out = Command::new("curl")
        .args([
            "--silent",
            "--insecure",
            "--max-time",
            "5",
            "--write-out",
            "\n%{http_code}",
        ])
        .args(args)
        .output()
        .expect("run curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').unwrap_or(("", "0"));
    (code.trim().parse().unwrap_or(0), body.to_owned())
}

#[test]
fn the_documented_caddy_example_serves_the_session_over_https() {
    let Some(caddy) = common::require_tool(
        "caddy",
        common::find_program(&["caddy"]),
        "apt-get install caddy",
    ) else {
        return;
    };
    let Some(_) = common::require_tool(
        "curl",
        common::find_program(&["curl"]),
        "apt-get install curl",
    ) else {
        return;
    };
    let dir = folder();
    let (inner, outer) = (free_port(), free_port());
    let public = format!("https://localhost:{outer}/workshop");
    let listen = format!("127.0.0.1:{inner}");
    let mut server = Server::start(
        dir.path(),
        &[
            "--partner",
            "Acme",
            "--listen",
            &listen,
            "--public-url",
            &public,
            "--trust-proxy",
        ],
    );
    server.addr = listen.parse().unwrap();
    assert!(
        server.stdout.contains(&format!("{public}/a/")),
        "{}",
        server.stdout
    );
    // The example of docs/serve.md, on a test port and with Caddy's own CA.
    let caddyfile = format!(
        "{{\n\tadmin off\n\tskip_install_trust\n\tstorage file_system {data}\n}}\n\n\
         localhost:{outer} {{\n\ttls internal\n\thandle_path /workshop/* {{\n\t\treverse_proxy {listen}\n\t}}\n\thandle {{\n\t\trespond 404\n\t}}\n}}\n",
        data = dir.path().join("caddy-data").display()
    );
    std::fs::write(dir.path().join("Caddyfile"), caddyfile).unwrap();
    let _caddy = Killed(
        Command::new(caddy)
            .args(["run", "--config", "Caddyfile", "--adapter", "caddyfile"])
            .current_dir(dir.path())
            .env("HOME", dir.path())
            .env("XDG_DATA_HOME", dir.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", dir.path().join("xdg-config"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start caddy"),
    );
    let join = format!("{public}{}", server.join("Acme", "them"));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if curl(&[&join]).0 == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "caddy did not proxy within 30 s");
        std::thread::sleep(Duration::from_millis(200));
    }
    let (status, body) = curl(&[
        "-X",
        "POST",
        "-H",
        "Content-Type: application/json",
        "--data",
        &full_answer(4, None),
        &join,
    ]);
    assert_eq!(status, 201, "{body}");
    assert_eq!(server.files().len(), 1);
    let status_url = format!("{public}{}/status", server.facilitator);
    let (code, body) = curl(&[&status_url]);
    assert_eq!(code, 200);
    assert!(body.contains("\"them\":1"), "{body}");
    // The proxy's path is stripped: a route without it is not the server's.
    assert_eq!(
        curl(&[&format!(
            "https://localhost:{outer}{}",
            server.join("Acme", "us")
        )])
        .0,
        404
    );
    let (code, _) = curl(&[&format!("{public}/a/{}", "c".repeat(26))]);
    assert_eq!(code, 404);
    let (_, log, _) = server.stop();
    assert!(log.contains("POST /a/… 201"), "{log}");
}
