//! When and by whom: which side of the partnership answered ([`Side`]) and
//! the calendar dates of answers, rounds and actions ([`Date`]). Shared by
//! answers files, actions files, the project file and imports.

use std::fmt;

use serde::Serialize;

/// Which side of the partnership answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    #[default]
    Us,
    Them,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Us => "us",
            Side::Them => "them",
        })
    }
}

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    /// Accepts a date alone, as TOML writes it (`2026-11-20`).
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("`{s}` is not a date: write it as YYYY-MM-DD");
        let dt: toml::value::Datetime = s.parse().map_err(|_| bad())?;
        Date::try_from(dt).map_err(|_| bad())
    }
}

impl TryFrom<toml::value::Datetime> for Date {
    type Error = ();

    fn try_from(dt: toml::value::Datetime) -> Result<Self, ()> {
        match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Ok(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => Err(()),
        }
    }
}
