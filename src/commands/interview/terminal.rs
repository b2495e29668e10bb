//! The interactive prompter: a small menu and line editor ([`super::menu`])
//! on stderr. Needs stdin and stderr to be terminals. Digits, `u`, `?`, `s`
//! and `b` choose at once; the arrows and Enter too. Ctrl-C becomes
//! [`Stop::Interrupted`], Esc or `q` [`Stop::Quit`]. On a terminal too small
//! for a menu (a few rows, at the start or after a resize), each prompt is
//! asked line by line as in `--plain`.

use std::io;
use std::sync::atomic::Ordering;

use anyhow::Result;
use console::Term;
use std::fmt;

use dialoguer::Confirm;
use dialoguer::theme::{ColorfulTheme, Theme};

use super::flow::{Ask, Choice, Prompter, Stop};
use super::menu::{self, Menu, Outcome};
use super::plain::Plain;
use super::signals::{EXIT_ON_SIGNAL, INTERRUPTED};
use super::words::Words;
use crate::model::answers::Answer;
use crate::sanitize::terminal;

pub struct Dialog {
    term: Term,
    theme: YesNo,
    /// For a terminal too small to draw a menu in.
    plain: Plain<io::StdinLock<'static>, io::Stderr>,
    words: Words,
}

impl Dialog {
    /// The menus on standard error, in `words`' language.
    pub fn new(words: Words) -> Self {
        menu::save_terminal();
        Dialog {
            term: Term::stderr(),
            theme: YesNo {
                colours: ColorfulTheme::default(),
                yes: words.t("interview-yes"),
                no: words.t("interview-no"),
            },
            plain: Plain::new(io::stdin().lock(), io::stderr(), false, words),
            words,
        }
    }

    /// A Ctrl-C that arrived between prompts stops before the next one.
    fn check(&self) -> Result<()> {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(Stop::Interrupted.into());
        }
        Ok(())
    }

    /// Asks line by line. A line read cannot be interrupted, so Ctrl-C
    /// meanwhile stops the interview from the signal handler, as in `--plain`.
    fn line_by_line<T>(
        &mut self,
        ask: impl FnOnce(&mut Plain<io::StdinLock<'static>, io::Stderr>) -> Result<T>,
    ) -> Result<T> {
        EXIT_ON_SIGNAL.store(true, Ordering::SeqCst);
        let result = ask(&mut self.plain);
        EXIT_ON_SIGNAL.store(false, Ordering::SeqCst);
        result
    }

    /// The terminal's width, for wrapping.
    fn width(&self) -> usize {
        menu::size(&self.term).1
    }
}

/// dialoguer's colourful yes-or-no question, its answer in the interview's
/// language (`(y/n) › nein`); the keys stay `y` and `n`.
struct YesNo {
    colours: ColorfulTheme,
    yes: String,
    no: String,
}

impl YesNo {
    fn word(&self, answer: bool) -> &str {
        if answer { &self.yes } else { &self.no }
    }
}

impl Theme for YesNo {
    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        let c = &self.colours;
        if !prompt.is_empty() {
            write!(
                f,
                "{} {} ",
                c.prompt_prefix,
                c.prompt_style.apply_to(prompt)
            )?;
        }
        write!(f, "{} {}", c.hint_style.apply_to("(y/n)"), c.prompt_suffix)?;
        match default {
            Some(d) => write!(f, " {}", c.defaults_style.apply_to(self.word(d))),
            None => Ok(()),
        }
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        let c = &self.colours;
        if !prompt.is_empty() {
            write!(
                f,
                "{} {} ",
                c.success_prefix,
                c.prompt_style.apply_to(prompt)
            )?;
        }
        write!(f, "{}", c.success_suffix)?;
        match selection {
            Some(b) => write!(f, " {}", c.values_style.apply_to(self.word(b))),
            None => Ok(()),
        }
    }
}

/// A [`Stop`] for a menu that was left without a choice.
fn stopped<T>(outcome: &Outcome<T>) -> anyhow::Error {
    match outcome {
        Outcome::Interrupted => Stop::Interrupted.into(),
        _ => Stop::Quit.into(),
    }
}

/// `text` wrapped at `width` on word boundaries; a line's leading spaces
/// are kept on the lines it wraps into.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.saturating_sub(1).max(10);
    text.split('\n')
        .map(|line| {
            let indent = &line[..line.len() - line.trim_start().len()];
            let options = textwrap::Options::new(width)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .subsequent_indent(indent)
                .break_words(true);
            textwrap::fill(line, options)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Prompter for Dialog {
    fn words(&self) -> Words {
        self.words
    }

    fn hint(&self) -> String {
        self.words.t("interview-menu-hint")
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.check()?;
        self.term.write_line(&wrap(text, self.width()))?;
        Ok(())
    }

    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice> {
        self.check()?;
        let w = self.words;
        let scale = ask.scale;
        let mut items: Vec<String> = Vec::new();
        let mut keys: Vec<Option<char>> = Vec::new();
        let mut choices: Vec<Choice> = Vec::new();
        let mut shown_keys = vec![format!("{}-{}", scale.min, scale.max)];
        for v in scale.min..=scale.max {
            items.push(format!("{v}  {}", terminal(scale.label(v))));
            // A single digit chooses at once.
            keys.push(u32::try_from(v).ok().and_then(|d| char::from_digit(d, 10)));
            choices.push(Choice::Value(v));
        }
        for (key, choice, label) in ask.other_choices(w) {
            items.push(format!("{key}  {label}"));
            keys.push(Some(key));
            choices.push(choice);
            shown_keys.push(key.to_string());
        }
        // A statement answered before (going back, resuming) starts on
        // that answer; a fresh one on nothing.
        let cursor = ask.current.map(|a| match a {
            Answer::Value(v) => (v - scale.min) as usize,
            Answer::Unsure => (scale.max - scale.min + 1) as usize,
        });
        let prompt = format!(
            "{} {} ({})",
            ask.counter(w),
            w.t("interview-your-answer"),
            shown_keys.join(", ")
        );
        let menu = Menu {
            prompt: &prompt,
            items: &items,
            keys: &keys,
            cursor,
        };
        if !menu::fits(&self.term, menu.lines()) {
            return self.line_by_line(|p| p.question(ask));
        }
        let header = format!("\n{} {}", ask.counter(w), ask.text);
        self.term.write_line(&wrap(&header, self.width()))?;
        match menu.run(&self.term)? {
            Outcome::Done(i) => {
                let choice = choices[i];
                if let Choice::Value(_) | Choice::Unsure | Choice::Skip = choice {
                    let answer = items[i].get(3..).unwrap_or(&items[i]);
                    let your_answer = w.prompt(&w.t("interview-your-answer"));
                    self.term.write_line(&menu::fill(
                        &format!("{} {your_answer}{}", ask.counter(w), answer.trim()),
                        self.width(),
                    ))?;
                }
                Ok(choice)
            }
            Outcome::TooSmall => self.line_by_line(|p| p.question(ask)),
            other => Err(stopped(&other)),
        }
    }

    fn text(&mut self, prompt: &str, initial: &str) -> Result<String> {
        self.check()?;
        let initial = terminal(initial).into_owned();
        match menu::edit(&self.term, &self.words.prompt(prompt), &initial)? {
            Outcome::Done(text) => Ok(text),
            Outcome::TooSmall => self.line_by_line(|p| p.text(prompt, &initial)),
            other => Err(stopped(&other)),
        }
    }

    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize> {
        self.check()?;
        let items: Vec<String> = items.iter().map(|s| (*s).to_owned()).collect();
        let keys: Vec<Option<char>> = (1..=items.len())
            .map(|n| u32::try_from(n).ok().and_then(|d| char::from_digit(d, 10)))
            .collect();
        let numbered: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}  {s}", i + 1))
            .collect();
        let menu = Menu {
            prompt,
            items: &numbered,
            keys: &keys,
            cursor: Some(default),
        };
        let outcome = if menu::fits(&self.term, menu.lines()) {
            menu.run(&self.term)?
        } else {
            Outcome::TooSmall
        };
        match outcome {
            Outcome::Done(i) => {
                self.term
                    .write_line(&menu::fill(&format!("{prompt} {}", items[i]), self.width()))?;
                Ok(i)
            }
            Outcome::TooSmall => {
                let items: Vec<&str> = items.iter().map(String::as_str).collect();
                self.line_by_line(|p| p.select(prompt, &items, default))
            }
            other => Err(stopped(&other)),
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        self.check()?;
        if !menu::fits(&self.term, 1) {
            return self.line_by_line(|p| p.confirm(prompt, default));
        }
        // A question too wide to leave room for the answer goes whole on
        // lines of its own above it.
        let prompt = match menu::prompt_lines(prompt, self.width()) {
            Some(lines) => {
                self.term.write_line(&lines)?;
                String::new()
            }
            None => prompt.to_owned(),
        };
        match Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term)
        {
            Ok(Some(b)) => Ok(b),
            Ok(None) => Err(Stop::Quit.into()),
            Err(dialoguer::Error::IO(e)) => match e.kind() {
                io::ErrorKind::Interrupted => Err(Stop::Interrupted.into()),
                io::ErrorKind::UnexpectedEof => Err(Stop::EndOfInput.into()),
                _ => Err(anyhow::Error::new(e).context("cannot use the terminal")),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_are_the_interview_s_words() {
        let words = Words::new("de");
        let theme = YesNo {
            colours: ColorfulTheme::default(),
            yes: words.t("interview-yes"),
            no: words.t("interview-no"),
        };
        let mut asked = String::new();
        theme
            .format_confirm_prompt(&mut asked, "Ersetzen?", Some(false))
            .unwrap();
        let asked = console::strip_ansi_codes(&asked).into_owned();
        assert!(
            asked.contains("Ersetzen?") && asked.contains("(y/n)"),
            "{asked}"
        );
        assert!(asked.ends_with(" nein"), "{asked}");
        let mut answered = String::new();
        theme
            .format_confirm_prompt_selection(&mut answered, "Ersetzen?", Some(true))
            .unwrap();
        assert!(
            console::strip_ansi_codes(&answered).ends_with(" ja"),
            "{answered}"
        );
    }

    #[test]
    fn wrapping_never_breaks_at_a_hyphen() {
        let text = "[1/23] Ihre Antwort: acme-them-jo-2026-12-06.toml partnership-health";
        let wrapped = wrap(text, 40);
        for word in ["acme-them-jo-2026-12-06.toml", "partnership-health"] {
            assert!(wrapped.lines().any(|l| l.contains(word)), "{wrapped}");
        }
    }

    #[test]
    fn wrapping_keeps_words_and_the_indent_of_each_line() {
        let help = format!("  {}", "word ".repeat(40).trim());
        for width in [80, 100] {
            let wrapped = wrap(&help, width);
            assert!(wrapped.lines().count() > 1, "{wrapped}");
            for line in wrapped.lines() {
                assert!(line.chars().count() < width, "{line}");
                assert!(line.starts_with("  word"), "{line:?}");
                assert!(line.ends_with("word"), "{line:?}");
            }
        }
    }
}
