//! `interview --plain` killed (SIGKILL) at random moments while it is fed
//! its answers: the answers file is always either absent or a whole,
//! valid answers file holding a prefix of the answers given.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use partnercheck::diag::Source;
use partnercheck::model::answers::{Answer, RawAnswers};
use partnercheck::model::questionnaire::Questionnaire;

const VALUES: [i64; 8] = [1, 2, 3, 4, 5, 1, 2, 3];

/// The replies: two answers then an empty note, per dimension.
fn replies() -> Vec<String> {
    let mut out = Vec::new();
    for pair in VALUES.chunks(2) {
        out.push(format!("{}\n", pair[0]));
        out.push(format!("{}\n", pair[1]));
        out.push("\n".to_owned());
    }
    out
}

/// A small deterministic generator (xorshift): the moments differ from
/// trial to trial, the same from run to run.
struct Moments(u64);

impl Moments {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn a_killed_plain_interview_leaves_no_file_or_a_valid_prefix() {
    let q = Questionnaire::embedded("partnership-pulse").unwrap();
    let mut moments = Moments(0x9e37_79b9_7f4a_7c15);
    let (mut absent, mut partial, mut complete) = (0, 0, 0);
    for trial in 0..60 {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_partnercheck"))
            .current_dir(dir.path())
            .args([
                "interview",
                "--plain",
                "-q",
                "partnership-pulse",
                "--partner",
                "Acme",
                "--respondent",
                "Jo",
                "--side",
                "us",
                "--output",
                "acme.toml",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let pause = moments.next(3);
        let feeder = std::thread::spawn(move || {
            for line in replies() {
                if stdin.write_all(line.as_bytes()).is_err() {
                    return;
                }
                let _ = stdin.flush();
                std::thread::sleep(Duration::from_millis(pause));
            }
        });
        std::thread::sleep(Duration::from_micros(moments.next(90_000)));
        let _ = child.kill();
        let _ = child.wait();
        let _ = feeder.join();

        let path = dir.path().join("acme.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            absent += 1;
            continue;
        };
        let src = Source::new("acme.toml", &text);
        let sheet = RawAnswers::parse(src)
            .and_then(|raw| raw.check(&q, src))
            .unwrap_or_else(|e| panic!("trial {trial}: not a valid answers file: {e}\n{text}"));
        let given: Vec<Option<Answer>> = VALUES.iter().map(|v| Some(Answer::Value(*v))).collect();
        let answered = sheet.values.iter().take_while(|v| v.is_some()).count();
        assert_eq!(
            sheet.values[..answered],
            given[..answered],
            "trial {trial}: {text}"
        );
        assert!(
            sheet.values[answered..].iter().all(Option::is_none),
            "trial {trial}: not a prefix: {text}"
        );
        if sheet.complete == Some(true) {
            assert_eq!(answered, 8, "trial {trial}: {text}");
            complete += 1;
        } else {
            partial += 1;
        }
        // No temporary file left beside it would be a bonus, not promised:
        // a kill can come between creating it and renaming it.
    }
    assert_eq!(absent + partial + complete, 60);
    eprintln!("absent {absent}, partial {partial}, complete {complete}");
}
