//! The interactive prompter: dialoguer menus on stderr. Needs stdin and
//! stderr to be terminals. Ctrl-C inside a prompt comes back as an error
//! (a no-op signal handler is installed by the caller), Esc or `q` as `None`:
//! both become [`Stop`].

use std::io;
use std::sync::atomic::Ordering;

use anyhow::Result;
use console::Term;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, Select};

use super::INTERRUPTED;
use super::flow::{Ask, Choice, Prompter, Stop};
use crate::model::answers::Answer;
use crate::sanitize::terminal;

pub struct Dialog {
    term: Term,
    theme: ColorfulTheme,
}

impl Default for Dialog {
    fn default() -> Self {
        Dialog {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
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
}

/// dialoguer's error as a [`Stop`] when it is Ctrl-C or a closed terminal.
fn stop(err: dialoguer::Error) -> anyhow::Error {
    let dialoguer::Error::IO(e) = err;
    match e.kind() {
        io::ErrorKind::Interrupted => Stop::Interrupted.into(),
        io::ErrorKind::UnexpectedEof => Stop::EndOfInput.into(),
        _ => anyhow::Error::new(e).context("cannot use the terminal"),
    }
}

fn picked(choice: std::result::Result<Option<usize>, dialoguer::Error>) -> Result<usize> {
    match choice {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(Stop::Quit.into()),
        Err(e) => Err(stop(e)),
    }
}

impl Prompter for Dialog {
    fn hint(&self) -> String {
        "Choose with the arrow keys and Enter. Esc or Ctrl-C stops; your answers are kept.".into()
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.check()?;
        self.term.write_line(text)?;
        Ok(())
    }

    fn question(&mut self, ask: &Ask<'_>) -> Result<Choice> {
        self.check()?;
        let scale = ask.scale;
        self.term
            .write_line(&format!("\n{} {}", ask.counter(), ask.text))?;
        let mut items: Vec<String> = Vec::new();
        let mut choices: Vec<Choice> = Vec::new();
        for v in scale.min..=scale.max {
            items.push(format!("{v}  {}", terminal(scale.label(v))));
            choices.push(Choice::Value(v));
        }
        if scale.allow_unsure {
            items.push("   Don't know / not applicable".into());
            choices.push(Choice::Unsure);
        }
        if ask.has_help {
            items.push("?  More about this statement".into());
            choices.push(Choice::Help);
        }
        if ask.can_go_back {
            items.push("←  Back to the previous question".into());
            choices.push(Choice::Back);
        }
        // The answer given before, else the middle of the scale.
        let default = ask
            .current
            .map(|a| match a {
                Answer::Value(v) => (v - scale.min) as usize,
                Answer::Unsure => (scale.max - scale.min + 1) as usize,
            })
            .unwrap_or(((scale.max - scale.min) / 2) as usize);
        let i = picked(
            Select::with_theme(&self.theme)
                .with_prompt(format!("{} Your answer", ask.counter()))
                .items(&items)
                .default(default)
                .interact_on_opt(&self.term),
        )?;
        Ok(choices[i])
    }

    fn text(&mut self, prompt: &str, initial: &str) -> Result<String> {
        self.check()?;
        Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .with_initial_text(terminal(initial))
            .interact_text_on(&self.term)
            .map_err(stop)
    }

    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize> {
        self.check()?;
        picked(
            Select::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(items)
                .default(default)
                .interact_on_opt(&self.term),
        )
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        self.check()?;
        match Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term)
        {
            Ok(Some(b)) => Ok(b),
            Ok(None) => Err(Stop::Quit.into()),
            Err(e) => Err(stop(e)),
        }
    }
}
