//! A small menu and a one-line editor drawn on the terminal with `console`.
//! Every line drawn is cut to the terminal's width, so nothing wraps and
//! clearing what was drawn leaves no stale line. Nothing is preselected
//! unless asked: Enter alone does nothing until a choice is made.

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

use console::{Key, Term};

use super::signals::{EXIT_ON_SIGNAL, INTERRUPTED};

/// Lines of a menu on screen while it waits for a key (0: none). A signal
/// (SIGINT from outside) cannot interrupt that wait: the handler clears
/// them and stops the interview itself.
pub static DRAWN: AtomicUsize = AtomicUsize::new(0);

/// The terminal's settings before any key was read, to put back when a
/// signal stops the interview in the middle of a key read (in raw mode).
#[cfg(unix)]
static SAVED: std::sync::OnceLock<libc::termios> = std::sync::OnceLock::new();

/// Remembers the terminal's settings (standard input's).
pub fn save_terminal() {
    #[cfg(unix)]
    {
        // SAFETY: tcgetattr writes a termios for fd 0 or fails; it is only
        // kept when it succeeded.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut t) } == 0 {
            let _ = SAVED.set(t);
        }
    }
}

/// Puts back the settings [`save_terminal`] remembered, if any.
pub fn restore_terminal() {
    #[cfg(unix)]
    if let Some(t) = SAVED.get() {
        // SAFETY: `t` came from tcgetattr on the same descriptor.
        unsafe {
            libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, t);
        }
    }
}

/// Reads a key; meanwhile a signal stops the interview from its handler,
/// which clears the `drawn` lines first.
fn read_key(term: &Term, drawn: usize) -> io::Result<Key> {
    DRAWN.store(drawn, Ordering::SeqCst);
    EXIT_ON_SIGNAL.store(true, Ordering::SeqCst);
    let key = if INTERRUPTED.load(Ordering::SeqCst) {
        Ok(Key::CtrlC)
    } else {
        term.read_key_raw()
    };
    EXIT_ON_SIGNAL.store(false, Ordering::SeqCst);
    DRAWN.store(0, Ordering::SeqCst);
    key
}

/// How a menu or an edit ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    Done(T),
    /// Esc (or `q` in a menu).
    Quit,
    /// Ctrl-C, as a key or as a signal.
    Interrupted,
    /// The terminal is too small to draw it: ask line by line instead.
    TooSmall,
}

/// The fewest rows a drawing needs besides its own lines: one for the
/// cursor's line below it.
const SPARE_ROWS: usize = 1;

/// The terminal's size as (rows, columns); `None` when unknown (then a
/// usual 24×80 is assumed).
pub fn size(term: &Term) -> (usize, usize) {
    let (rows, cols) = term.size_checked().unwrap_or((24, 80));
    (rows as usize, cols as usize)
}

/// True when `lines` lines can be drawn and cleared again.
pub fn fits(term: &Term, lines: usize) -> bool {
    let (rows, cols) = size(term);
    rows >= lines + SPARE_ROWS && rows >= 3 && cols >= 8
}

/// `s` cut to fit in `cols` columns without wrapping (the last column is
/// left free: some terminals wrap when it is written).
pub fn clip(s: &str, cols: usize) -> String {
    let room = cols.saturating_sub(1).max(1);
    console::truncate_str(s, room, "…").into_owned()
}

/// A list to choose from.
pub struct Menu<'a> {
    pub prompt: &'a str,
    pub items: &'a [String],
    /// The key that chooses each item at once (`1`…`5`, `u`, `?`, `b`).
    pub keys: &'a [Option<char>],
    /// Where the cursor starts; `None`: nowhere until an arrow is pressed.
    pub cursor: Option<usize>,
}

impl Menu<'_> {
    /// Lines drawn: the prompt and one per item.
    pub fn lines(&self) -> usize {
        self.items.len() + 1
    }

    fn draw(&self, cursor: Option<usize>, cols: usize) -> String {
        let mut out = clip(self.prompt, cols);
        for (i, item) in self.items.iter().enumerate() {
            out.push('\n');
            if cursor == Some(i) {
                let line = clip(&format!("❯ {item}"), cols);
                out.push_str(&console::style(line).cyan().bold().to_string());
            } else {
                out.push_str(&clip(&format!("  {item}"), cols));
            }
        }
        out.push('\n');
        out
    }

    /// The item chosen for `key`, if any.
    fn by_key(&self, c: char) -> Option<usize> {
        let c = c.to_ascii_lowercase();
        self.keys.iter().position(|k| *k == Some(c))
    }

    /// Shows the menu until an item is chosen. The menu is cleared whatever
    /// the outcome.
    pub fn run(&self, term: &Term) -> io::Result<Outcome<usize>> {
        let n = self.items.len();
        let mut cursor = self.cursor.filter(|c| *c < n);
        term.hide_cursor()?;
        let outcome = loop {
            if !fits(term, self.lines()) {
                break Outcome::TooSmall;
            }
            let (_, cols) = size(term);
            term.write_str(&self.draw(cursor, cols))?;
            let key = read_key(term, self.lines());
            term.clear_last_lines(self.lines())?;
            if INTERRUPTED.load(Ordering::SeqCst) {
                break Outcome::Interrupted;
            }
            match key {
                Ok(Key::CtrlC) => break Outcome::Interrupted,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => break Outcome::Interrupted,
                Err(e) => {
                    let _ = term.show_cursor();
                    return Err(e);
                }
                Ok(Key::Escape | Key::Char('q' | 'Q')) => break Outcome::Quit,
                Ok(Key::Enter) => {
                    if let Some(c) = cursor {
                        break Outcome::Done(c);
                    }
                }
                Ok(Key::ArrowDown | Key::Tab) if n > 0 => {
                    cursor = Some(cursor.map_or(0, |c| (c + 1) % n));
                }
                Ok(Key::ArrowUp | Key::BackTab) if n > 0 => {
                    cursor = Some(cursor.map_or(n - 1, |c| (c + n - 1) % n));
                }
                Ok(Key::Char(c)) => {
                    if let Some(i) = self.by_key(c) {
                        break Outcome::Done(i);
                    }
                }
                Ok(_) => {}
            }
        };
        term.show_cursor()?;
        Ok(outcome)
    }
}

/// The columns a prompt must leave for the text typed after it on the same
/// line; a longer prompt gets lines of its own above.
const ROOM_TO_TYPE: usize = 16;

/// A prompt too wide to leave `ROOM_TO_TYPE` columns to type in, wrapped between
/// words to `cols` (a word wider than that is broken); `None` when it fits
/// on the line of the text.
pub fn prompt_lines(prompt: &str, cols: usize) -> Option<String> {
    if console::measure_text_width(prompt) + ROOM_TO_TYPE <= cols {
        return None;
    }
    Some(fill(prompt.trim_end(), cols))
}

/// `text` wrapped between words so that no line reaches the last of `cols`
/// columns (a word wider than that is broken): for a line that stays on
/// the screen, where cutting it would hide its end.
pub fn fill(text: &str, cols: usize) -> String {
    let options = textwrap::Options::new(cols.saturating_sub(1).max(1))
        .break_words(true)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::fill(text, options)
}

/// Reads one line of text on a single terminal line: when the text is
/// wider than the terminal, only its end is shown. `prompt` ends as it
/// should before the text (`Your name: `); one too long to leave room for
/// the text is written whole on lines of its own above it (a long note's
/// prompt in German, any at a narrow width). `initial` is the text to start
/// from.
pub fn edit(term: &Term, prompt: &str, initial: &str) -> io::Result<Outcome<String>> {
    let mut text: Vec<char> = initial.chars().collect();
    if !fits(term, 1) {
        return Ok(Outcome::TooSmall);
    }
    let prompt = match prompt_lines(prompt, size(term).1) {
        Some(lines) => {
            term.write_line(&lines)?;
            ""
        }
        None => prompt,
    };
    loop {
        if !fits(term, 1) {
            term.clear_line()?;
            return Ok(Outcome::TooSmall);
        }
        let (_, cols) = size(term);
        term.clear_line()?;
        term.write_str(&editing(prompt, &text, cols))?;
        let key = read_key(term, 0);
        if INTERRUPTED.load(Ordering::SeqCst) {
            term.clear_line()?;
            return Ok(Outcome::Interrupted);
        }
        match key {
            Ok(Key::CtrlC) => {
                term.clear_line()?;
                return Ok(Outcome::Interrupted);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                term.clear_line()?;
                return Ok(Outcome::Interrupted);
            }
            Err(e) => return Err(e),
            Ok(Key::Escape) => {
                term.clear_line()?;
                return Ok(Outcome::Quit);
            }
            Ok(Key::Enter) => {
                let text: String = text.into_iter().collect();
                term.clear_line()?;
                let shown = crate::sanitize::terminal(&text);
                term.write_line(&fill(&format!("{prompt}{shown}"), cols))?;
                return Ok(Outcome::Done(text));
            }
            Ok(Key::Backspace) => {
                text.pop();
            }
            Ok(Key::Char(c)) if !c.is_control() => text.push(c),
            Ok(_) => {}
        }
    }
}

/// The edited line as drawn: the prompt, then as much of the end of the
/// text as fits.
fn editing(prompt: &str, text: &[char], cols: usize) -> String {
    let prompt = clip(prompt, cols.saturating_sub(8).max(1));
    let room = cols
        .saturating_sub(1 + console::measure_text_width(&prompt))
        .max(1);
    let shown: String = text.iter().collect();
    let shown = crate::sanitize::terminal(&shown);
    let width = console::measure_text_width(&shown);
    if width <= room {
        return format!("{prompt}{shown}");
    }
    // Keep the end: drop characters from the front until it fits.
    let mut tail: Vec<char> = shown.chars().collect();
    let mut drop = 0;
    while drop < tail.len()
        && console::measure_text_width(&tail[drop..].iter().collect::<String>()) + 1 > room
    {
        drop += 1 + (tail.len() - drop) / 8;
    }
    let tail: String = tail.split_off(drop.min(tail.len())).into_iter().collect();
    format!("{prompt}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipped_lines_never_reach_the_last_column() {
        assert_eq!(clip("abcdef", 4), "ab…");
        assert_eq!(clip("abc", 4), "abc");
        assert_eq!(clip("abc", 0), "…");
    }

    #[test]
    fn a_long_note_shows_its_end_within_the_width() {
        let text: Vec<char> = "word ".repeat(100).chars().chain("END".chars()).collect();
        for cols in [20, 40, 80] {
            let line = editing(
                "A note on Learning (optional, Enter to skip): ",
                &text,
                cols,
            );
            assert!(console::measure_text_width(&line) < cols, "{cols}: {line}");
            assert!(line.ends_with("END"), "{line}");
        }
        assert_eq!(editing("Name: ", &['J', 'o'], 80), "Name: Jo");
    }

    #[test]
    fn a_prompt_that_leaves_no_room_to_type_gets_lines_of_its_own() {
        let german = "Eine Notiz zu „Beiderseitiger Nutzen“ (freiwillig, Enter zum Überspringen): ";
        assert_eq!(prompt_lines("Your name: ", 80), None);
        assert_eq!(prompt_lines(german, 120), None);
        let lines = prompt_lines(german, 80).unwrap();
        assert_eq!(lines.lines().count(), 1, "{lines}");
        assert!(lines.ends_with("Überspringen):"), "{lines}");
        let lines = prompt_lines(german, 50).unwrap();
        assert_eq!(lines.lines().count(), 2, "{lines}");
        for line in lines.lines() {
            assert!(console::measure_text_width(line) < 50, "{line}");
        }
        // Words are kept whole.
        assert!(lines.contains("Beiderseitiger Nutzen"), "{lines}");
    }

    #[test]
    fn a_menu_draws_one_line_per_item_cut_to_the_width() {
        let items = vec!["1  Strongly disagree".to_owned(), "2  Disagree".to_owned()];
        let keys = [Some('1'), Some('2')];
        let menu = Menu {
            prompt: "[1/8] Your answer (1-2)",
            items: &items,
            keys: &keys,
            cursor: None,
        };
        let drawn = menu.draw(None, 12);
        assert_eq!(drawn.lines().count(), menu.lines());
        assert!(drawn.lines().all(|l| console::measure_text_width(l) < 12));
        assert!(!drawn.contains('❯'), "nothing preselected: {drawn}");
        assert_eq!(menu.by_key('2'), Some(1));
        assert_eq!(menu.by_key('7'), None);
    }
}
