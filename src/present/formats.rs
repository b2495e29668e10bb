//! The formats a command can print in, and what the terminal allows.

/// What a terminal allows: colour, and its width (`None`: natural width,
/// as when piped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub color: bool,
    pub width: Option<usize>,
}

/// The formats of `score` and `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for the terminal
    Table,
    /// JSON, for scripts
    Json,
    /// GitHub-flavoured Markdown
    Markdown,
    /// Comma-separated values, one row per dimension
    Csv,
}

/// The formats of `items`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemsFormat {
    /// A table per dimension for the terminal, with a legend of the flags
    Table,
    /// JSON, for scripts
    Json,
    /// Comma-separated values, one row per question
    Csv,
}

/// The formats of `actions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionsFormat {
    Table,
    Json,
    Markdown,
}

/// The formats of `agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFormat {
    /// Plain text wrapped to the terminal (the default in a terminal)
    Text,
    /// GitHub-flavoured Markdown (the default when piped or redirected)
    Markdown,
    Json,
}

/// The formats of `questions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionsFormat {
    Table,
    Json,
    Markdown,
    /// An XLSForm workbook for ODK, KoboToolbox and other XLSForm tools (needs --output)
    Xlsform,
}

/// The formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    Markdown,
}

/// A rendered document: text, or the bytes of a binary file (a workbook).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Document {
    Text(String),
    Binary(Vec<u8>),
}
