//! I/O at the edges: reading inputs (files, `-` for standard input,
//! embedded instruments), walking folders, loading answers files (in
//! parallel for a portfolio), and writing outputs atomically.

pub mod clock;
pub mod import;
pub mod items;
pub mod lang;
pub mod load;
pub mod names;
pub mod notice;
pub mod portfolio;
pub mod project;
pub mod read;
pub mod surprises;
pub mod walk;
pub mod write;
