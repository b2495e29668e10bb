//! The system clock, read in one place: today's local date. Commands read
//! it once (into their context); the model and engine take dates as
//! arguments.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::model::answers::Date;

/// Today's date where the machine is (its local date), from the system clock.
pub fn today() -> Date {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let offset = local_offset_seconds(secs as i64);
    date_from_days((secs as i64 + offset).div_euclid(86_400))
}

/// The machine's offset from UTC at `secs`, in seconds (east positive):
/// the date written is the local date, as a person reads it off a calendar.
#[cfg(unix)]
fn local_offset_seconds(secs: i64) -> i64 {
    let t = secs as libc::time_t;
    // SAFETY: localtime_r writes only into `tm`, which lives on this stack
    // frame; a null return leaves it unused.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok { tm.tm_gmtoff as i64 } else { 0 }
}

/// Without a portable local-time call, the UTC date.
#[cfg(not(unix))]
fn local_offset_seconds(_secs: i64) -> i64 {
    0
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn date_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        let d = |days| date_from_days(days).to_string();
        assert_eq!(d(0), "1970-01-01");
        assert_eq!(d(19_782), "2024-02-29");
        assert_eq!(d(20_000), "2024-10-04");
        assert_eq!(d(20_419), "2025-11-27");
        assert_eq!(d(10_956), "1999-12-31");
        assert_eq!(d(11_016), "2000-02-29");
    }

    #[test]
    fn today_is_a_plausible_date() {
        let t = today();
        assert!(t.year >= 2024 && (1..=12).contains(&t.month) && (1..=31).contains(&t.day));
    }
}
