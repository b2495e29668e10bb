//! Counts in words: "1 file", "3 files".

/// "1 file", "3 files".
pub fn files_count(n: usize) -> String {
    if n == 1 {
        "1 file".to_owned()
    } else {
        format!("{n} files")
    }
}

/// "1 question", "3 questions": `word` and its regular plural.
pub fn count(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "1 partner", "3 partners".
pub fn partners_count(n: usize) -> String {
    if n == 1 {
        "1 partner".to_owned()
    } else {
        format!("{n} partners")
    }
}
