//! `partnercheck serve`: a live session for a workshop. An edge adapter
//! like a command: HTTP in, answers files out, through the same model,
//! report and file rules as the rest of the tool.
//!
//! - [`session`]: links, open or closed, edit tokens, kept in the user's
//!   state folder.
//! - [`files`]: names, writes that never replace, counts per partner/side.
//! - [`answer`]: an answer's body checked by the rules of an answers file.
//! - [`guard`]: `Host`, client address, rate limit, connection caps,
//!   response headers, the log line.
//! - [`pages`]: the participant's, facilitator's and room's pages.
//! - [`words`]: every word those pages show.
//! - [`net`]: the machine's interface addresses.
//!
//! Inside, by concern: `config` what `serve` is told ([`Config`]), `start`
//! the session started and stopped, `links` the links printed and the
//! hosts allowed, `routes` the routes and what every request goes
//! through, `state` what every request reads, `reply` what every route
//! shares (its path, client, body and replies), and the routes themselves:
//! `participate` (a participant's link), `facilitate` (the facilitator's
//! and room's pages), `report` (a partner's report).

pub mod answer;
mod config;
mod facilitate;
pub mod files;
pub mod guard;
mod links;
pub mod net;
pub mod pages;
mod participate;
mod reply;
mod report;
mod routes;
pub mod session;
mod start;
mod state;
pub mod words;

use std::time::Duration;

use crate::error::{Error, Result};

pub use config::Config;
pub use reply::BODY_LIMIT;

/// Runs the server until Ctrl-C or SIGTERM.
pub fn run(config: Config) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("partnercheck-serve")
        .build()
        .map_err(|e| Error::usage(format!("cannot start the server: {e}")))?;
    runtime.block_on(start::serve(config))?;
    // Blocking writes in flight get their moment; none is cut off.
    runtime.shutdown_timeout(Duration::from_millis(500));
    Ok(())
}
