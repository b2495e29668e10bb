//! Plain words where serde's would puzzle: `side` must be "us" or "them",
//! a key given twice, and "did you mean" for a misspelled id.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;

use crate::model::when::Side;

/// `us` or `them`; anything else gets a plain message rather than serde's
/// "unknown variant".
impl<'de> Deserialize<'de> for Side {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Side;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("side must be \"us\" or \"them\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Side, E> {
                match v {
                    "us" => Ok(Side::Us),
                    "them" => Ok(Side::Them),
                    _ => Err(E::custom(format_args!(
                        "side must be \"us\" or \"them\", not {:?}",
                        v.chars().take(40).collect::<String>()
                    ))),
                }
            }
        }
        d.deserialize_str(V)
    }
}

/// A table whose keys must differ: JSON allows a key twice (the last one
/// would silently win); TOML rejects it while parsing already.
pub fn unique_keys<'de, D, V>(d: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: Deserialize<'de>,
{
    use serde::de::{MapAccess, Visitor};
    struct Unique<V>(std::marker::PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a table")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(key) = map.next_key::<String>()? {
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format_args!(
                        "`{key}` is given twice: keep one"
                    )));
                }
                let value = map.next_value()?;
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Unique(std::marker::PhantomData))
}

/// The id closest to a misspelled `id`, when it is close: at most a third
/// of its characters (and at least one) differ. Long ids are not compared.
pub fn suggest<'a>(id: &str, ids: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    const LONGEST: usize = 100;
    let n = id.chars().count();
    if n > LONGEST {
        return None;
    }
    let limit = (n / 3).max(1);
    ids.filter(|c| c.len() <= LONGEST * 4)
        .map(|c| (strsim::levenshtein(id, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}
