//! The harness of the `serve` tests: a server on 127.0.0.1 (port 0) in a
//! temporary folder with its own state folder, its links read from stdout,
//! and a small HTTP/1.1 client over a raw socket, so that a test controls
//! every byte (a foreign `Host`, half a request, a huge body).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A running `partnercheck serve`.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub dir: PathBuf,
    /// (partner, side, path `/a/TOKEN`)
    pub joins: Vec<(String, String, String)>,
    /// `/f/TOKEN`
    pub facilitator: String,
    /// `/r/TOKEN`
    pub display: String,
    pub stdout: String,
    stderr: Option<ChildStderr>,
}

/// A fresh folder for a server: answers go to `DIR/answers`, the session
/// to `DIR/state`.
pub fn folder() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub const ORG: &str = "Northwind";

impl Server {
    /// Starts `serve` in `dir` with `args` after the defaults (organisation,
    /// 127.0.0.1:0, round 2026-12-01); waits (10 s at most) for its links.
    pub fn start(dir: &Path, args: &[&str]) -> Server {
        Server::start_env(dir, args, &[])
    }

    pub fn start_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_partnercheck"));
        cmd.current_dir(dir).args(["serve", "--organization", ORG]);
        if !args.contains(&"--listen") {
            cmd.args(["--listen", "127.0.0.1:0"]);
        }
        if !args.contains(&"--round") {
            cmd.args(["--round", "2026-12-01"]);
        }
        cmd.args(args)
            .env("PARTNERCHECK_STATE_DIR", dir.join("state"))
            .env_remove("XDG_STATE_HOME")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start partnercheck serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines();
            while let Some(Ok(line)) = lines.next() {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut text = String::new();
        let mut server = Server {
            child,
            addr: "127.0.0.1:1".parse().unwrap(),
            dir: dir.to_path_buf(),
            joins: Vec::new(),
            facilitator: String::new(),
            display: String::new(),
            stdout: String::new(),
            stderr: None,
        };
        server.stderr = server.child.stderr.take();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match rx.recv_timeout(left) {
                Ok(line) => line,
                Err(_) => {
                    let _ = server.child.kill();
                    let mut err = String::new();
                    if let Some(mut e) = server.stderr.take() {
                        let _ = e.read_to_string(&mut err);
                    }
                    panic!("serve printed no display link within 10 s: {text}\n{err}");
                }
            };
            text.push_str(&line);
            text.push('\n');
            let fields: Vec<&str> = line.split('\t').collect();
            let path_of = |url: &str| -> (SocketAddr, String) {
                if url.starts_with("https://") {
                    // Behind a proxy (--public-url): the route is the end of
                    // the link, and the caller knows the server's address.
                    let at = ["/a/", "/f/", "/r/"]
                        .iter()
                        .filter_map(|p| url.rfind(p))
                        .max()
                        .expect("a route in the link");
                    return ("127.0.0.1:1".parse().unwrap(), url[at..].to_owned());
                }
                let rest = url.strip_prefix("http://").expect("http link");
                let (host, path) = rest.split_at(rest.find('/').expect("path"));
                (host.parse().expect("address"), path.to_owned())
            };
            match fields.as_slice() {
                ["join", partner, side, url] => {
                    let (addr, path) = path_of(url);
                    server.addr = addr;
                    server
                        .joins
                        .push((partner.to_string(), side.to_string(), path));
                }
                ["facilitator", url] => server.facilitator = path_of(url).1,
                ["display", url] => {
                    server.display = path_of(url).1;
                    break;
                }
                _ => panic!("unexpected line on stdout: {line}"),
            }
        }
        server.stdout = text;
        server
    }

    /// The join path of a partner and side.
    pub fn join(&self, partner: &str, side: &str) -> &str {
        &self
            .joins
            .iter()
            .find(|(p, s, _)| p == partner && s == side)
            .expect("a join link")
            .2
    }

    pub fn get(&self, path: &str) -> Reply {
        self.send("GET", path, &[], b"")
    }

    pub fn post_json(&self, path: &str, body: &str) -> Reply {
        self.send(
            "POST",
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }

    pub fn put_json(&self, path: &str, body: &str) -> Reply {
        self.send(
            "PUT",
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }

    /// A request with `Host: 127.0.0.1:PORT` unless `headers` names one.
    pub fn send(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        request(self.addr, method, path, headers, body)
    }

    /// The answers files written so far, sorted.
    pub fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.join("answers"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.ends_with(".toml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Stops the server with SIGTERM (unix) and returns its exit code and
    /// stderr, waiting 10 s at most.
    pub fn stop(mut self) -> (Option<i32>, String, Duration) {
        let started = Instant::now();
        #[cfg(unix)]
        // SAFETY: a signal to our own child process.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        #[cfg(not(unix))]
        let _ = self.child.kill();
        let deadline = Instant::now() + Duration::from_secs(10);
        let code = loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                break status.code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let took = started.elapsed();
        let mut err = String::new();
        if let Some(mut e) = self.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        (code, err, took)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Lowercased names.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The headers every response must carry.
    #[track_caller]
    pub fn assert_guarded(&self) {
        for (name, value) in [
            ("referrer-policy", "no-referrer"),
            ("cache-control", "no-store"),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "DENY"),
            ("cross-origin-opener-policy", "same-origin"),
            ("cross-origin-resource-policy", "same-origin"),
        ] {
            assert_eq!(self.header(name), Some(value), "{name} on {self:?}");
        }
        let csp = self
            .header("content-security-policy")
            .unwrap_or_else(|| panic!("no CSP on {self:?}"));
        assert!(csp.starts_with("default-src 'none'"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("connect-src 'self'"));
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("http"),
            "{csp}"
        );
        assert!(self.header("set-cookie").is_none());
    }
}

/// One request on a fresh connection (`Connection: close`), 10 s at most.
pub fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connect");
    exchange(stream, addr, method, path, headers, body)
}

/// [`request`] on a given connection.
pub fn exchange(
    mut stream: TcpStream,
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {addr}\r\n"));
    }
    for (n, v) in headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    let mut all = head.into_bytes();
    all.extend_from_slice(body);
    // A server may answer (413) before the whole body is sent.
    let _ = stream.write_all(&all);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw)
}

fn parse(raw: &[u8]) -> Reply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no HTTP response: {text:?}"));
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// An answer to every statement of the default instrument (value `v`).
pub fn full_answer(v: i64, respondent: Option<&str>) -> String {
    let q = partnercheck::model::questionnaire::Questionnaire::embedded("partnership-health")
        .expect("embedded");
    let answers: serde_json::Map<String, serde_json::Value> = q
        .questions
        .iter()
        .map(|x| (x.id.clone(), serde_json::json!(v)))
        .collect();
    let mut body = serde_json::json!({"answers": answers, "notes": {"learning": "A note"}});
    if let Some(r) = respondent {
        body["respondent"] = serde_json::json!(r);
    }
    body.to_string()
}
