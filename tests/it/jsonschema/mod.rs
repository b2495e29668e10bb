//! A small JSON Schema validator for the tests: the subset of draft 2020-12
//! that `schemas/*.schema.json` use. A keyword it does not know fails the
//! test, so a schema can never silently use something unchecked here.
//! (The `jsonschema` and `boon` crates pull in URL and IDNA stacks: too heavy
//! for a dev-dependency on a 2-core machine.)

use serde_json::Value;

/// Annotations: they describe, they do not constrain.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "title",
    "description",
    "default",
    "examples",
    "format",
];

/// Every error found, as `path: message`.
pub fn validate(schema: &Value, instance: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, instance, "$", &mut errors);
    errors
}

fn check(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        match schema {
            Value::Bool(true) => {}
            Value::Bool(false) => errors.push(format!("{path}: not allowed")),
            _ => panic!("schema at {path} is not an object or a boolean"),
        }
        return;
    };
    for (key, arg) in obj {
        match key.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "$defs" => {}
            "$ref" => {
                let pointer = arg.as_str().expect("$ref string");
                let pointer = pointer.strip_prefix('#').expect("local $ref");
                let target = root
                    .pointer(pointer)
                    .unwrap_or_else(|| panic!("$ref {pointer} not found"));
                check(root, target, v, path, errors);
            }
            "type" => {
                let types: Vec<&str> = match arg {
                    Value::String(s) => vec![s.as_str()],
                    Value::Array(a) => a.iter().map(|t| t.as_str().expect("type")).collect(),
                    _ => panic!("bad type at {path}"),
                };
                if !types.iter().any(|t| has_type(v, t)) {
                    errors.push(format!("{path}: {v} is not of type {types:?}"));
                }
            }
            "enum" => {
                if !arg.as_array().expect("enum array").contains(v) {
                    errors.push(format!("{path}: {v} is not one of {arg}"));
                }
            }
            "const" => {
                if arg != v {
                    errors.push(format!("{path}: {v} is not {arg}"));
                }
            }
            "allOf" => {
                for sub in arg.as_array().expect("allOf array") {
                    check(root, sub, v, path, errors);
                }
            }
            "oneOf" | "anyOf" => {
                let matching = arg
                    .as_array()
                    .expect("array of schemas")
                    .iter()
                    .filter(|s| {
                        let mut sub = Vec::new();
                        check(root, s, v, path, &mut sub);
                        sub.is_empty()
                    })
                    .count();
                let ok = if key == "oneOf" {
                    matching == 1
                } else {
                    matching >= 1
                };
                if !ok {
                    errors.push(format!(
                        "{path}: {v} matches {matching} of the {key} schemas"
                    ));
                }
            }
            "required" => {
                if let Some(o) = v.as_object() {
                    for name in arg.as_array().expect("required array") {
                        let name = name.as_str().expect("required name");
                        if !o.contains_key(name) {
                            errors.push(format!("{path}: `{name}` is required"));
                        }
                    }
                }
            }
            "properties" => {
                if let Some(o) = v.as_object() {
                    for (name, sub) in arg.as_object().expect("properties object") {
                        if let Some(value) = o.get(name) {
                            check(root, sub, value, &format!("{path}.{name}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Some(o) = v.as_object() {
                    let declared = obj.get("properties").and_then(Value::as_object);
                    for (name, value) in o {
                        if declared.is_some_and(|d| d.contains_key(name)) {
                            continue;
                        }
                        if arg == &Value::Bool(false) {
                            errors.push(format!("{path}: unknown key `{name}`"));
                        } else {
                            check(root, arg, value, &format!("{path}.{name}"), errors);
                        }
                    }
                }
            }
            "propertyNames" => {
                if let Some(o) = v.as_object() {
                    for name in o.keys() {
                        check(
                            root,
                            arg,
                            &Value::String(name.clone()),
                            &format!("{path}[key {name}]"),
                            errors,
                        );
                    }
                }
            }
            "items" => {
                if let Some(a) = v.as_array() {
                    for (i, item) in a.iter().enumerate() {
                        check(root, arg, item, &format!("{path}[{i}]"), errors);
                    }
                }
            }
            "minItems" => {
                let min = arg.as_u64().expect("minItems");
                if v.as_array().is_some_and(|a| (a.len() as u64) < min) {
                    errors.push(format!("{path}: fewer than {arg} items"));
                }
            }
            "minLength" => {
                let min = arg.as_u64().expect("minLength");
                if v.as_str().is_some_and(|s| (s.chars().count() as u64) < min) {
                    errors.push(format!("{path}: shorter than {arg}"));
                }
            }
            "pattern" => {
                if let Some(s) = v.as_str() {
                    let re = regex::Regex::new(arg.as_str().expect("pattern")).expect("regex");
                    if !re.is_match(s) {
                        errors.push(format!("{path}: {s:?} does not match {arg}"));
                    }
                }
            }
            "minimum" | "maximum" | "exclusiveMinimum" => {
                if let Some(n) = v.as_f64() {
                    let bound = arg.as_f64().expect("number");
                    let ok = match key.as_str() {
                        "minimum" => n >= bound,
                        "maximum" => n <= bound,
                        _ => n > bound,
                    };
                    if !ok {
                        errors.push(format!("{path}: {n} breaks {key} {bound}"));
                    }
                }
            }
            other => panic!("keyword `{other}` at {path} is not supported by the test validator"),
        }
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        // 2020-12: a number with a zero fractional part is an integer.
        "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
        other => panic!("unknown type {other}"),
    }
}

/// A TOML document as the JSON that editors validate (dates become strings).
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(
            t.iter()
                .map(|(k, v)| (k.clone(), toml_to_json(v)))
                .collect(),
        ),
    }
}
