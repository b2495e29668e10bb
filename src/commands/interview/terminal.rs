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
use dialoguer::Confirm;
use dialoguer::theme::ColorfulTheme;

use super::flow::{Ask, Choice, Prompter, Stop};
use super::menu::{self, Menu, Outcome};
use super::plain::Plain;
use super::signals::{EXIT_ON_SIGNAL, INTERRUPTED};
use crate::model::answers::Answer;
use crate::sanitize::terminal;

pub struct Dialog {
    term: Term,
    theme: ColorfulTheme,
    /// For a terminal too small to draw a menu in.
    plain: Plain<io::StdinLock<'static>, io::Stderr>,
}

impl Default for Dialog {
    fn default() -> Self {
        menu::save_terminal();
        Dialog {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
            plain: Plain::new(io::stdin().lock(), io::stderr(), false),
        }
    }
}

impl Dialog {
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
                .subsequent_indent(indent)
                .break_words(true);
            textwrap::fill(line, options)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

impl Prompter for Dialog {
    fn hint(&self) -> String {
        "Type the number of your answer, or choose with the arrow keys and Enter. \
         Esc or Ctrl-C stops; your answers are kept."
            .into()
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.check()?;
        self.term.write_line(&wrap(text, self.width()))?;
        Ok(())
    }

    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice> {
        self.check()?;
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
        if scale.allow_unsure {
            items.push("u  Don't know / not applicable".into());
            keys.push(Some('u'));
            choices.push(Choice::Unsure);
            shown_keys.push("u".into());
        }
        if ask.has_help {
            items.push("?  More about this statement".into());
            keys.push(Some('?'));
            choices.push(Choice::Help);
            shown_keys.push("?".into());
        }
        if ask.can_skip {
            items.push("s  Skip: no answer".into());
            keys.push(Some('s'));
            choices.push(Choice::Skip);
            shown_keys.push("s".into());
        }
        if ask.can_go_back {
            items.push("b  Back to the previous question".into());
            keys.push(Some('b'));
            choices.push(Choice::Back);
            shown_keys.push("b".into());
        }
        // A statement answered before (going back, resuming) starts on
        // that answer; a fresh one on nothing.
        let cursor = ask.current.map(|a| match a {
            Answer::Value(v) => (v - scale.min) as usize,
            Answer::Unsure => (scale.max - scale.min + 1) as usize,
        });
        let prompt = format!("{} Your answer ({})", ask.counter(), shown_keys.join(", "));
        let menu = Menu {
            prompt: &prompt,
            items: &items,
            keys: &keys,
            cursor,
        };
        if !menu::fits(&self.term, menu.lines()) {
            return self.line_by_line(|p| p.question(ask));
        }
        let header = format!("\n{} {}", ask.counter(), ask.text);
        self.term.write_line(&wrap(&header, self.width()))?;
        match menu.run(&self.term)? {
            Outcome::Done(i) => {
                let choice = choices[i];
                if let Choice::Value(_) | Choice::Unsure | Choice::Skip = choice {
                    let answer = items[i].get(3..).unwrap_or(&items[i]);
                    self.term.write_line(&menu::clip(
                        &format!("{} Your answer: {}", ask.counter(), answer.trim()),
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
        match menu::edit(&self.term, prompt, &initial)? {
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
                    .write_line(&menu::clip(&format!("{prompt} {}", items[i]), self.width()))?;
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
        match Confirm::with_theme(&self.theme)
            .with_prompt(menu::clip(prompt, self.width().saturating_sub(12)))
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
    use super::wrap;

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
