//! The addresses of this machine's network interfaces, for the links of a
//! server listening on every address.

use std::net::IpAddr;

/// The non-loopback addresses of the interfaces that are up, IPv4 first;
/// `127.0.0.1` when there is none.
pub fn interface_addresses(v6: bool) -> Vec<IpAddr> {
    let mut found: Vec<IpAddr> = list()
        .into_iter()
        .filter(|ip| !ip.is_loopback() && !ip.is_unspecified())
        .filter(|ip| match ip {
            IpAddr::V4(_) => true,
            // Link-local IPv6 addresses need a zone, which a link cannot
            // carry for every browser.
            IpAddr::V6(a) => v6 && (a.segments()[0] & 0xffc0) != 0xfe80,
        })
        .collect();
    found.sort_by_key(|ip| (ip.is_ipv6(), *ip));
    found.dedup();
    if found.is_empty() {
        found.push(IpAddr::from([127, 0, 0, 1]));
    }
    found
}

#[cfg(unix)]
fn list() -> Vec<IpAddr> {
    let mut out = Vec::new();
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs fills `head` with a list that we only read, and
    // free once with freeifaddrs.
    unsafe {
        if libc::getifaddrs(&mut head) != 0 {
            return out;
        }
        let mut cur = head;
        while !cur.is_null() {
            let ifa = &*cur;
            let up = ifa.ifa_flags & (libc::IFF_UP as libc::c_uint) != 0;
            if up && !ifa.ifa_addr.is_null() {
                match i32::from((*ifa.ifa_addr).sa_family) {
                    libc::AF_INET => {
                        let sa = &*(ifa.ifa_addr as *const libc::sockaddr_in);
                        out.push(IpAddr::from(u32::from_be(sa.sin_addr.s_addr).to_be_bytes()));
                    }
                    libc::AF_INET6 => {
                        let sa = &*(ifa.ifa_addr as *const libc::sockaddr_in6);
                        out.push(IpAddr::from(sa.sin6_addr.s6_addr));
                    }
                    _ => {}
                }
            }
            cur = ifa.ifa_next;
        }
        libc::freeifaddrs(head);
    }
    out
}

/// Elsewhere: the address the system would send from (no packet is sent).
#[cfg(not(unix))]
fn list() -> Vec<IpAddr> {
    std::net::UdpSocket::bind("0.0.0.0:0")
        .and_then(|s| {
            s.connect("192.0.2.1:9")?;
            s.local_addr()
        })
        .map(|a| vec![a.ip()])
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn there_is_always_an_address_and_never_an_unspecified_one() {
        let found = super::interface_addresses(true);
        assert!(!found.is_empty());
        assert!(found.iter().all(|ip| !ip.is_unspecified()));
    }
}
