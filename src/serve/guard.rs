//! The guards of `serve`: which `Host` is ours, who the client is, the rate
//! limit per client, the connection caps, the headers every response
//! carries, and the log line that names no token.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, HeaderValue, header};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The host name of a `Host` header, lowercased, without port or brackets.
pub fn host_name(host: &str) -> String {
    let host = host.trim();
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        match host.rsplit_once(':') {
            Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => host,
        }
    };
    name.trim_end_matches('.').to_ascii_lowercase()
}

/// The host names requests may name.
#[derive(Debug, Clone)]
pub struct Hosts(pub Vec<String>);

impl Hosts {
    pub fn allows(&self, headers: &HeaderMap) -> bool {
        let mut values = headers.get_all(header::HOST).iter();
        let (Some(value), None) = (values.next(), values.next()) else {
            return false;
        };
        let Ok(text) = value.to_str() else {
            return false;
        };
        let name = host_name(text);
        self.0.contains(&name)
    }
}

/// The client: the peer address, or with `trust_proxy` the rightmost
/// address of `X-Forwarded-For`, else of `Forwarded`.
pub fn client(peer: SocketAddr, headers: &HeaderMap, trust_proxy: bool) -> IpAddr {
    if !trust_proxy {
        return peer.ip();
    }
    let last = |name: header::HeaderName| -> Option<String> {
        let value = headers.get_all(name).iter().next_back()?.to_str().ok()?;
        Some(value.rsplit(',').next()?.trim().to_owned())
    };
    if let Some(ip) =
        last(header::HeaderName::from_static("x-forwarded-for")).and_then(|v| address(&v))
    {
        return ip;
    }
    if let Some(ip) = last(header::FORWARDED).and_then(|element| {
        element
            .split(';')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
            .and_then(|(_, v)| address(v.trim().trim_matches('"')))
    }) {
        return ip;
    }
    peer.ip()
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5`, `[::1]`,
/// `[::1]:5`, `::1`.
fn address(text: &str) -> Option<IpAddr> {
    if let Ok(ip) = text.parse() {
        return Some(ip);
    }
    if let Ok(sock) = text.parse::<SocketAddr>() {
        return Some(sock.ip());
    }
    text.strip_prefix('[')?.split(']').next()?.parse().ok()
}

/// At most `limit` covered requests per client in any rolling minute.
pub struct RateLimit {
    limit: usize,
    window: Duration,
    buckets: Mutex<HashMap<IpAddr, VecDeque<Instant>>>,
}

impl RateLimit {
    pub fn new(limit: usize) -> Self {
        RateLimit {
            limit,
            window: Duration::from_secs(60),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one request of `client`, whatever its answer; whether it may
    /// go on (fewer than `limit` others in the last minute).
    pub fn allow(&self, client: IpAddr) -> bool {
        if self.limit == 0 {
            return true;
        }
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > 10_000 {
            let window = self.window;
            buckets.retain(|_, b| b.back().is_some_and(|t| now.duration_since(*t) < window));
        }
        let bucket = buckets.entry(client).or_default();
        while bucket
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            bucket.pop_front();
        }
        let allowed = bucket.len() < self.limit;
        // Only the last `limit` requests matter: a flood keeps no more.
        if bucket.len() >= self.limit {
            bucket.pop_front();
        }
        bucket.push_back(now);
        allowed
    }
}

/// The connection caps: so many in all, so many from one address.
pub struct Connections {
    all: Arc<Semaphore>,
    per_address: usize,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

/// A connection's place under the caps, given back when it closes.
pub struct Slot {
    _all: OwnedSemaphorePermit,
    ip: IpAddr,
    open: Arc<Mutex<HashMap<IpAddr, usize>>>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.ip) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.ip);
            }
        }
    }
}

impl Connections {
    pub fn new(all: usize, per_address: usize) -> Self {
        Connections {
            all: Arc::new(Semaphore::new(all)),
            per_address,
            open: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// A slot for a connection from `ip`, or `None` when a cap is reached.
    pub fn admit(&self, ip: IpAddr) -> Option<Slot> {
        let permit = self.all.clone().try_acquire_owned().ok()?;
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(ip).or_default();
        if *n >= self.per_address {
            return None;
        }
        *n += 1;
        Some(Slot {
            _all: permit,
            ip,
            open: self.open.clone(),
        })
    }
}

/// The headers every response carries; `Content-Security-Policy` unless
/// the page set its own.
pub fn secure(headers: &mut HeaderMap, default_policy: &str) {
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(v) = HeaderValue::from_str(default_policy)
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    let fixed: [(&str, &str); 6] = [
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
    ];
    for (name, value) in fixed {
        headers.insert(
            header::HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    headers.remove(header::SET_COOKIE);
}

/// A method as the log shows it: the standard ones by name, any other as
/// `OTHER` (a method is text the client chose).
pub fn method_shown(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "OTHER",
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` now.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let date = crate::io::clock::date_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_lose_ports_and_brackets() {
        assert_eq!(host_name("LocalHost:8080"), "localhost");
        assert_eq!(host_name("[::1]:80"), "::1");
        assert_eq!(host_name("example.org."), "example.org");
        assert_eq!(host_name("127.0.0.1"), "127.0.0.1");
    }

    #[test]
    fn the_client_is_the_rightmost_forwarded_address_only_when_trusted() {
        let peer: SocketAddr = "10.0.0.1:5".parse().unwrap();
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "1.1.1.1, 2.2.2.2".parse().unwrap());
        assert_eq!(client(peer, &h, false), peer.ip());
        assert_eq!(client(peer, &h, true).to_string(), "2.2.2.2");
        let mut h = HeaderMap::new();
        h.insert(
            "forwarded",
            "for=1.1.1.1, for=\"[2001:db8::1]:4711\"".parse().unwrap(),
        );
        assert_eq!(client(peer, &h, true).to_string(), "2001:db8::1");
    }

    #[test]
    fn the_limit_counts_a_rolling_minute_per_client() {
        let limit = RateLimit::new(3);
        let a: IpAddr = "1.1.1.1".parse().unwrap();
        let b: IpAddr = "1.1.1.2".parse().unwrap();
        assert!((0..3).all(|_| limit.allow(a)));
        assert!(!limit.allow(a));
        assert!(limit.allow(b));
        assert!((0..100).all(|_| RateLimit::new(0).allow(a)));
    }

    #[test]
    fn caps_hold_per_address_and_in_all() {
        let c = Connections::new(3, 2);
        let a: IpAddr = "1.1.1.1".parse().unwrap();
        let b: IpAddr = "1.1.1.2".parse().unwrap();
        let s1 = c.admit(a).unwrap();
        let _s2 = c.admit(a).unwrap();
        assert!(c.admit(a).is_none());
        let _s3 = c.admit(b).unwrap();
        assert!(c.admit(b).is_none());
        drop(s1);
        assert!(c.admit(a).is_some());
    }

    #[test]
    fn the_log_time_is_a_utc_timestamp() {
        let t = now_utc();
        assert_eq!(t.len(), 20);
        assert!(t.starts_with("20") && t.ends_with('Z'));
    }
}
