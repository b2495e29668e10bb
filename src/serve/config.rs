//! What `serve` is told: the command's arguments and the project file's
//! defaults, resolved.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::model::answers::Date;
use crate::model::questionnaire::Questionnaire;

/// Everything `serve` is told.
pub struct Config {
    pub questionnaire: Questionnaire,
    /// How the instrument was named (file or embedded id), for the report.
    pub questionnaire_spec: Option<String>,
    pub organization: String,
    pub partners: Vec<String>,
    pub round: Date,
    pub answers: PathBuf,
    pub listen: SocketAddr,
    pub public_url: Option<String>,
    pub trust_proxy: bool,
    /// The configured anonymity threshold (the report uses at least 3).
    pub min_respondents: usize,
    pub expect: Option<usize>,
    pub rate_limit: usize,
    pub new_links: bool,
    /// The server's local date, for each answer's `date`.
    pub today: fn() -> Date,
    /// How long headers may take to arrive (10 s).
    pub header_timeout: Duration,
    /// Where the session is kept.
    pub state_folder: PathBuf,
}
