//! A tiny JSON writer (serde_json is not in the wasm build): objects, arrays, strings, numbers.
//!
//! Produces RFC 8259 text only; it never writes a non-finite number (those become `null`) and
//! escapes U+2028/U+2029 so the output is also safe inside JavaScript.

use std::fmt::Write as _;

/// Appends JSON values to a string, placing commas itself.
#[derive(Debug, Default)]
pub(crate) struct JsonWriter {
    out: String,
    /// True right after `[`, `{` or a key: the next value needs no comma.
    fresh: bool,
}

impl JsonWriter {
    pub fn new() -> JsonWriter {
        JsonWriter {
            out: String::new(),
            fresh: true,
        }
    }

    fn comma(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.fresh = false;
    }

    pub fn begin_object(&mut self) {
        self.comma();
        self.out.push('{');
        self.fresh = true;
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
        self.fresh = false;
    }

    pub fn begin_array(&mut self) {
        self.comma();
        self.out.push('[');
        self.fresh = true;
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
        self.fresh = false;
    }

    /// Writes an object key; the next call writes its value.
    pub fn key(&mut self, key: &str) {
        self.comma();
        push_string(&mut self.out, key);
        self.out.push(':');
        self.fresh = true;
    }

    pub fn string(&mut self, s: &str) {
        self.comma();
        push_string(&mut self.out, s);
    }

    pub fn opt_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    pub fn number(&mut self, n: f64) {
        if n.is_finite() {
            self.comma();
            self.out.push_str(&crate::decimal::shortest(n));
        } else {
            self.null();
        }
    }

    pub fn opt_number(&mut self, n: Option<f64>) {
        match n {
            Some(n) => self.number(n),
            None => self.null(),
        }
    }

    pub fn bool(&mut self, b: bool) {
        self.comma();
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn null(&mut self) {
        self.comma();
        self.out.push_str("null");
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `s` as a quoted JSON string.
pub(crate) fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        let mut s = String::new();
        push_string(&mut s, "a\"b\\c\n\u{1}\u{2028}마이크로소프트</script>");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001\\u2028마이크로소프트</script>\"");
    }

    #[test]
    fn commas_are_placed() {
        let mut w = JsonWriter::new();
        w.begin_object();
        w.key("a");
        w.begin_array();
        w.number(1.5);
        w.number(f64::NAN);
        w.opt_string(None);
        w.bool(true);
        w.end_array();
        w.key("b");
        w.begin_object();
        w.end_object();
        w.key("c");
        w.string("x");
        w.end_object();
        assert_eq!(w.finish(), r#"{"a":[1.5,null,null,true],"b":{},"c":"x"}"#);
    }
}
