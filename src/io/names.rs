//! File names partnercheck chooses: safe parts made from names people typed.

/// A file-name part made from a partner's name: `acme-logistics`. Letters
/// and digits are kept (lowercased), everything else becomes one `-`; at
/// most 40 characters; `partner` when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(40).collect();
    match out.trim_end_matches('-') {
        "" => "partner".to_owned(),
        s => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_name_parts() {
        assert_eq!(slug("Acme Logistics"), "acme-logistics");
        assert_eq!(slug("  ../../etc/passwd "), "etc-passwd");
        assert_eq!(slug("Société Générale & Co."), "société-générale-co");
        assert_eq!(slug("<>"), "partner");
        assert_eq!(slug("!!!"), "partner");
        assert_eq!(slug(&"x".repeat(100)).len(), 40);
    }
}
