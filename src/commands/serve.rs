//! `partnercheck serve`: the live session of a workshop. The flags, with
//! the project file's defaults, become a [`crate::serve::Config`].

use std::path::PathBuf;
use std::time::Duration;

use crate::cli::ServeArgs;
use crate::commands::{Context, today};
use crate::error::{Error, Exit, Result};
use crate::io::load::questionnaire_or_default;
use crate::present::report::Audience;
use crate::serve::{Config, files::partner_slug, run as serve, session::state_folder};

/// `PARTNERCHECK_SERVE_HEADER_TIMEOUT_MS`: a shorter wait for headers, for
/// the tests of a client that never finishes them.
fn header_timeout() -> Duration {
    std::env::var("PARTNERCHECK_SERVE_HEADER_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(10), Duration::from_millis)
}

pub fn run(args: ServeArgs, ctx: &Context) -> Result<Exit> {
    let organization = args
        .organization
        .as_deref()
        .or(ctx.organization())
        .map(str::trim)
        .filter(|o| !o.is_empty())
        .ok_or_else(|| {
            Error::usage(
                "serve names both organisations on its pages: give ours with --organization NAME, \
                 or `organization = \"NAME\"` in partnercheck.toml",
            )
        })?
        .to_owned();
    let partners: Vec<String> = args.partner.iter().map(|p| p.trim().to_owned()).collect();
    if partners.is_empty() {
        return Err(Error::usage(
            "name the partner whose people answer: --partner NAME (repeat for more)",
        ));
    }
    if partners.iter().any(String::is_empty) {
        return Err(Error::usage("--partner is empty: name the partner"));
    }
    for (i, a) in partners.iter().enumerate() {
        if let Some(b) = partners[..i]
            .iter()
            .find(|b| partner_slug(b) == partner_slug(a))
        {
            return Err(Error::usage(format!(
                "--partner `{}` and `{}` would share the file names `{}-…`: name each partner \
                 once, in words that tell them apart",
                crate::sanitize::terminal(b),
                crate::sanitize::terminal(a),
                partner_slug(a)
            )));
        }
    }
    let spec = ctx
        .questionnaire(args.questionnaire.as_deref())
        .map(str::to_owned);
    let questionnaire = questionnaire_or_default(spec.as_deref())?;
    let answers = args
        .answers
        .or_else(|| ctx.answers_folder().map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("answers"));
    if let Some(url) = &args.public_url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Err(Error::usage(format!(
            "--public-url `{}` is not an http:// or https:// address",
            crate::sanitize::terminal(url)
        )));
    }
    let state_folder = state_folder().ok_or_else(|| {
        Error::usage("no folder to keep the session in: set HOME or XDG_STATE_HOME")
    })?;
    serve(Config {
        questionnaire,
        questionnaire_spec: spec,
        organization,
        partners,
        round: ctx.round(args.round).unwrap_or_else(today),
        answers,
        listen: args.listen,
        public_url: args.public_url,
        trust_proxy: args.trust_proxy,
        min_respondents: args.min_respondents.map_or_else(
            || ctx.min_respondents(Audience::Internal),
            |n| usize::try_from(n).unwrap_or(usize::MAX),
        ),
        expect: args.expect,
        rate_limit: args.rate_limit,
        new_links: args.new_links,
        today,
        header_timeout: header_timeout(),
        state_folder,
    })?;
    Ok(Exit::Done)
}
