//! The links `serve` prints (and their QR codes), the bases they start
//! with, and the host names requests may name.

use std::net::{IpAddr, SocketAddr};

use super::config::Config;
use super::session::Session;
use super::{guard, net};
use crate::error::{Result, stderr_line};
use crate::model::answers::Side;
use crate::sanitize::terminal;

/// The links' bases: `--public-url`, else the address listened on, else
/// (every address) each interface address.
pub(super) fn bases(public_url: Option<&str>, local: SocketAddr) -> Vec<String> {
    if let Some(url) = public_url {
        return vec![url.trim_end_matches('/').to_owned()];
    }
    let port = local.port();
    let ips = if local.ip().is_unspecified() {
        net::interface_addresses(local.is_ipv6())
    } else {
        vec![local.ip()]
    };
    ips.into_iter()
        .map(|ip| match ip {
            IpAddr::V4(a) => format!("http://{a}:{port}"),
            IpAddr::V6(a) => format!("http://[{a}]:{port}"),
        })
        .collect()
}

/// The host names requests may name.
pub(super) fn hosts(public_url: Option<&str>, local: SocketAddr) -> guard::Hosts {
    let mut names = vec!["localhost".to_owned()];
    if local.ip().is_unspecified() {
        names.extend(
            net::interface_addresses(true)
                .into_iter()
                .map(|ip| ip.to_string()),
        );
        names.push("127.0.0.1".to_owned());
        names.push("::1".to_owned());
    } else {
        names.push(local.ip().to_string());
    }
    if let Some(url) = public_url
        && let Some(rest) = url.split("://").nth(1)
    {
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let authority = authority.rsplit('@').next().unwrap_or(authority);
        names.push(guard::host_name(authority));
    }
    guard::Hosts(names)
}

/// The links on stdout, and QR codes of the join links on stderr when it
/// is a terminal.
pub(super) fn print_links(config: &Config, session: &Session, bases: &[String]) -> Result<()> {
    use std::io::IsTerminal;
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let mut out = String::new();
    let mut qr = Vec::new();
    for base in bases {
        for partner in &config.partners {
            for side in [Side::Us, Side::Them] {
                if let Some(j) = session
                    .joins
                    .iter()
                    .find(|j| &j.partner == partner && j.side == side)
                {
                    let url = format!("{base}/a/{}", j.token);
                    out.push_str(&format!("join\t{}\t{side}\t{url}\n", clean(partner)));
                    let people = match side {
                        Side::Us => format!(
                            "People of {}, about {}",
                            clean(&config.organization),
                            clean(partner)
                        ),
                        Side::Them => format!("People of {}", clean(partner)),
                    };
                    qr.push((people, url));
                }
            }
        }
        out.push_str(&format!("facilitator\t{base}/f/{}\n", session.facilitator));
        out.push_str(&format!("display\t{base}/r/{}\n", session.display));
    }
    // In a terminal the QR codes come first, so that the links stay in
    // view under them.
    let terminal_err = std::io::stderr().is_terminal();
    if terminal_err {
        for (label, url) in &qr {
            if let Ok(code) = qrcode::QrCode::new(url.as_bytes()) {
                let art = code
                    .render::<qrcode::render::unicode::Dense1x2>()
                    .quiet_zone(true)
                    .build();
                stderr_line(format_args!("{}\n{art}", terminal(label)));
            }
        }
    }
    crate::io::read::emit(&out)?;
    if terminal_err {
        stderr_line(format_args!(
            "Ready: give each side its join link (or QR code above), open the facilitator \
             link yourself and the display link on the room's screen. Ctrl-C stops."
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_never_name_an_unspecified_address() {
        for listen in ["0.0.0.0:8080", "[::]:8080"] {
            let found = bases(None, listen.parse().unwrap());
            assert!(!found.is_empty());
            for base in &found {
                assert!(
                    base.starts_with("http://") && base.ends_with(":8080"),
                    "{base}"
                );
                assert!(
                    !base.contains("0.0.0.0") && !base.contains("[::]"),
                    "{base}"
                );
            }
        }
        assert_eq!(
            bases(None, "127.0.0.1:9".parse().unwrap()),
            ["http://127.0.0.1:9"]
        );
        assert_eq!(
            bases(
                Some("https://x.example/ws/"),
                "127.0.0.1:9".parse().unwrap()
            ),
            ["https://x.example/ws"]
        );
    }

    #[test]
    fn hosts_are_the_address_localhost_and_the_public_host() {
        let h = hosts(
            Some("https://user@Survey.Example.org:8443/ws"),
            "127.0.0.1:9".parse().unwrap(),
        );
        assert_eq!(h.0, ["localhost", "127.0.0.1", "survey.example.org"]);
        let all = hosts(None, "0.0.0.0:9".parse().unwrap());
        assert!(all.0.contains(&"127.0.0.1".to_owned()) && !all.0.contains(&"0.0.0.0".to_owned()));
    }
}
