//! Dates as survey tools write them. The date part is taken as written:
//! no time-zone shift.

use crate::model::answers::Date;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date if the numbers make one.
pub fn date(year: u32, month: u32, day: u32) -> Option<Date> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1..=days).contains(&day) && (1..=9999).contains(&year)).then_some(Date {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    })
}

/// The date in a text cell: `--date-format` when given (an ISO date is
/// still accepted), else an ISO date (`2026-11-20`, with or without a time
/// after it: Qualtrics, ODK), Google Forms' `2026/11/20 10:15:32 AM GMT+1`,
/// or SurveyMonkey's `11/20/2026 10:15:32 AM`.
pub fn parse(text: &str, format: Option<&str>) -> Option<Date> {
    let text = text.trim();
    if let Some(f) = format
        && let Some(d) = with_format(text, f)
    {
        return Some(d);
    }
    let (day, rest) = split_date(text);
    if !(rest.is_empty() || rest.starts_with([' ', 'T'])) {
        return None;
    }
    let parts: Vec<&str> = day.split(['-', '/']).collect();
    let [a, b, c] = parts[..] else { return None };
    let sep = day.chars().find(|c| *c == '-' || *c == '/')?;
    let n = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let same_sep = day.matches(sep).count() == 2;
    match (a.len(), c.len(), sep) {
        (4, _, _) if same_sep && b.len() <= 2 && c.len() <= 2 => date(n(a)?, n(b)?, n(c)?),
        (1 | 2, 4, '/') if same_sep && format.is_none() => date(n(c)?, n(a)?, n(b)?),
        _ => None,
    }
}

/// The leading run of digits and date separators, and what follows.
fn split_date(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '/'))
        .unwrap_or(text.len());
    text.split_at(end)
}

/// Reads `text` with a strftime format: `%Y %m %d %H %M %S %I %p %b %B %y %%`
/// and literal text (a space matches any run of white space). The whole
/// text must match, trailing white space aside.
pub fn with_format(text: &str, format: &str) -> Option<Date> {
    let (mut year, mut month, mut day) = (None, None, None);
    let mut rest = text;
    let mut spec = format.chars();
    while let Some(c) = spec.next() {
        if c == ' ' {
            rest = rest.trim_start();
            continue;
        }
        if c != '%' {
            rest = rest.strip_prefix(c)?;
            continue;
        }
        match spec.next()? {
            'Y' => year = Some(number(&mut rest, 4)?),
            'y' => year = Some(2000 + number(&mut rest, 2)?),
            'm' => month = Some(number(&mut rest, 2)?),
            'd' | 'e' => {
                rest = rest.trim_start();
                day = Some(number(&mut rest, 2)?);
            }
            'H' | 'M' | 'S' | 'I' => {
                number(&mut rest, 2)?;
            }
            'p' => {
                let upper = rest.get(..2)?.to_ascii_uppercase();
                (upper == "AM" || upper == "PM").then_some(())?;
                rest = &rest[2..];
            }
            'b' | 'B' => {
                let lower = rest.to_lowercase();
                let i = MONTHS.iter().position(|m| lower.starts_with(m))?;
                month = Some(i as u32 + 1);
                let len = rest
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(rest.len());
                rest = &rest[len..];
            }
            '%' => rest = rest.strip_prefix('%')?,
            _ => return None,
        }
    }
    if !rest.trim().is_empty() {
        return None;
    }
    date(year?, month?, day?)
}

/// Up to `max` digits (at least one) from the start of `rest`.
fn number(rest: &mut &str, max: usize) -> Option<u32> {
    let len = rest
        .bytes()
        .take(max)
        .take_while(u8::is_ascii_digit)
        .count();
    if len == 0 {
        return None;
    }
    let value = rest[..len].parse().ok()?;
    *rest = &rest[len..];
    Some(value)
}

/// Whether a `--date-format` is one this reader understands.
pub fn check_format(format: &str) -> Result<(), String> {
    let mut chars = format.chars();
    let (mut y, mut m, mut d) = (false, false, false);
    while let Some(c) = chars.next() {
        if c == '%' {
            match chars.next() {
                Some('Y' | 'y') => y = true,
                Some('m' | 'b' | 'B') => m = true,
                Some('d' | 'e') => d = true,
                Some('H' | 'M' | 'S' | 'I' | 'p' | '%') => {}
                other => {
                    return Err(format!(
                        "--date-format `{format}`: `%{}` is not supported; use %Y %y %m %d %e %b %B %H %M %S %I %p %%",
                        other.map(String::from).unwrap_or_default()
                    ));
                }
            }
        }
    }
    if y && m && d {
        Ok(())
    } else {
        Err(format!(
            "--date-format `{format}` needs a year (%Y), a month (%m or %b) and a day (%d)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        s.to_owned()
    }

    #[test]
    fn the_forms_survey_tools_write_are_read_without_a_time_zone_shift() {
        let day = Some(d("2026-11-20"));
        let p = |s: &str| parse(s, None).map(|x| x.to_string());
        assert_eq!(p("2026-11-20"), day);
        assert_eq!(p("2026-11-20 10:15:32"), day);
        assert_eq!(p("2026-11-20T23:15:32-11:00"), day);
        assert_eq!(p("2026/11/20 10:15:32 AM GMT+1"), day);
        assert_eq!(p("2026/11/20 11:59:59 PM GMT-12"), day);
        assert_eq!(p("11/20/2026 10:15:32 AM"), day);
        assert_eq!(p("20/11/2026"), None, "day first is not guessed");
        assert_eq!(p("20.11.2026"), None);
        assert_eq!(p("2026-02-30"), None);
        assert_eq!(p("2026-11-20x"), None);
        assert_eq!(p("yesterday"), None);
    }

    #[test]
    fn a_date_format_reads_other_forms() {
        let f = |s: &str, fmt: &str| parse(s, Some(fmt)).map(|x| x.to_string());
        assert_eq!(
            f("20.11.2026 10:15", "%d.%m.%Y %H:%M"),
            Some(d("2026-11-20"))
        );
        assert_eq!(f("11/12/2026", "%d/%m/%Y"), Some(d("2026-12-11")));
        assert_eq!(
            f("Nov 20, 2026 3:04 pm", "%b %d, %Y %I:%M %p"),
            Some(d("2026-11-20"))
        );
        assert_eq!(f("2026-11-20", "%d.%m.%Y"), Some(d("2026-11-20")));
        assert_eq!(f("20.11.2026 junk", "%d.%m.%Y"), None);
        assert!(check_format("%d.%m.%Y").is_ok());
        assert!(check_format("%d.%m").is_err());
        assert!(check_format("%Q").is_err());
    }
}
