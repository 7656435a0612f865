//! A tiny CSV writer: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM for spreadsheet apps.
//!
//! Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
//! get a leading `'`; this writer never emits a cell that starts a formula.

/// Builds CSV text row by row.
#[derive(Debug)]
pub(crate) struct CsvWriter {
    out: String,
    row_started: bool,
}

impl CsvWriter {
    /// Starts the output with a byte-order mark so Excel reads UTF-8 (Korean) correctly.
    pub fn new() -> CsvWriter {
        CsvWriter {
            out: String::from("\u{feff}"),
            row_started: false,
        }
    }

    /// A text cell.
    pub fn text(&mut self, cell: &str) {
        let guarded = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        self.raw_cell(cell, guarded);
    }

    /// A number cell (written as is, never guarded); empty for `None` or non-finite.
    pub fn number(&mut self, n: Option<f64>) {
        match n.filter(|n| n.is_finite()) {
            Some(n) => self.raw_cell(&crate::decimal::shortest(n), false),
            None => self.raw_cell("", false),
        }
    }

    fn raw_cell(&mut self, cell: &str, guard: bool) {
        if self.row_started {
            self.out.push(',');
        }
        self.row_started = true;
        let quote = guard || cell.contains([',', '"', '\n', '\r']);
        if quote {
            self.out.push('"');
        }
        if guard {
            self.out.push('\'');
        }
        for c in cell.chars() {
            if c == '"' {
                self.out.push('"');
            }
            self.out.push(c);
        }
        if quote {
            self.out.push('"');
        }
    }

    pub fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_started = false;
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        let mut w = CsvWriter::new();
        w.text("a,b");
        w.text("say \"hi\"");
        w.text("line\nbreak");
        w.text("마이크로소프트");
        w.number(Some(1.5e9));
        w.end_row();
        w.text("=1+1");
        w.number(None);
        w.end_row();
        assert_eq!(
            w.finish(),
            "\u{feff}\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",마이크로소프트,1500000000\r\n\"'=1+1\",\r\n"
        );
    }
}
