//! What the URL codec dropped or changed, and why, in Korean and English.
//!
//! Values quoted back to the user are shortened and are plain text: the app must render them
//! as text, never as HTML. This module never decides anything; it only describes.

use crate::view::Lang;

/// Longest quoted value in a message, in characters.
const QUOTE_CHARS: usize = 40;

/// One thing in a URL that was dropped or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    /// The path is not a page (`#/nope`); the overview is shown.
    UnknownPath(String),
    /// A parameter name the app does not know.
    UnknownParam(String),
    /// A parameter given more than once: the first one is kept.
    RepeatedParam(String),
    /// Broken percent-encoding; the text was kept as written (`%` literal, U+FFFD).
    InvalidEncoding { param: String },
    /// Not a whole number (years) or not a number at all.
    BadNumber { param: String, value: String },
    /// An amount that is negative, NaN or infinite.
    BadAmount { param: String, value: String },
    /// A value outside the parameter's vocabulary (kind, status, sort, lang, match).
    UnknownValue { param: String, value: String },
    /// `from` > `to` or `min` > `max`: the two bounds were swapped.
    ReversedRange { from: String, to: String },
    /// A text or list longer than allowed was cut to `limit` characters or values.
    Truncated { param: String, limit: usize },
    /// Control or bidirectional-override characters were removed.
    StrippedCharacters { param: String, count: usize },
    /// The same value listed twice in one parameter.
    DuplicateValue { param: String, value: String },
    /// An id the dataset does not have (reported by `validate`).
    UnknownId { param: String, value: String },
    /// More problems than are worth listing.
    More(usize),
}

fn quote(s: &str) -> String {
    let mut q: String = s
        .chars()
        // Bidi controls too: a quoted `%E2%80%AE` must not reorder the message around it.
        .filter(|c| !c.is_control() && !super::is_bidi_control(*c))
        .take(QUOTE_CHARS)
        .collect();
    if s.chars().count() > QUOTE_CHARS {
        q.push('…');
    }
    q
}

impl Ignored {
    /// A one-line explanation for the user.
    pub fn message(&self, lang: Lang) -> String {
        use Ignored::*;
        match (self, lang) {
            (UnknownPath(p), Lang::Ko) => {
                format!("알 수 없는 페이지 '{}' 대신 개요를 보여 줍니다.", quote(p))
            }
            (UnknownPath(p), Lang::En) => {
                format!("Unknown page '{}': showing the overview.", quote(p))
            }
            (UnknownParam(p), Lang::Ko) => {
                format!("알 수 없는 매개변수 '{}'를 무시했습니다.", quote(p))
            }
            (UnknownParam(p), Lang::En) => format!("Ignored unknown parameter '{}'.", quote(p)),
            (RepeatedParam(p), Lang::Ko) => {
                format!("'{}'가 여러 번 있어 첫 번째 값만 사용합니다.", quote(p))
            }
            (RepeatedParam(p), Lang::En) => format!(
                "'{}' appears more than once: the first one is used.",
                quote(p)
            ),
            (InvalidEncoding { param }, Lang::Ko) => format!(
                "'{}'의 인코딩이 잘못되어 일부 글자를 그대로 두었습니다.",
                quote(param)
            ),
            (InvalidEncoding { param }, Lang::En) => format!(
                "'{}' has broken percent-encoding; it was kept as written.",
                quote(param)
            ),
            (BadNumber { param, value }, Lang::Ko) => format!(
                "'{}'의 값 '{}'은(는) 숫자가 아니어서 무시했습니다.",
                quote(param),
                quote(value)
            ),
            (BadNumber { param, value }, Lang::En) => format!(
                "Ignored '{}': '{}' is not a valid number.",
                quote(param),
                quote(value)
            ),
            (BadAmount { param, value }, Lang::Ko) => format!(
                "'{}'의 금액 '{}'은(는) 0 이상의 유한한 수가 아니어서 무시했습니다.",
                quote(param),
                quote(value)
            ),
            (BadAmount { param, value }, Lang::En) => format!(
                "Ignored '{}': '{}' is not a finite amount of zero or more.",
                quote(param),
                quote(value)
            ),
            (UnknownValue { param, value }, Lang::Ko) => format!(
                "'{}'에 알 수 없는 값 '{}'을(를) 무시했습니다.",
                quote(param),
                quote(value)
            ),
            (UnknownValue { param, value }, Lang::En) => format!(
                "Ignored unknown value '{}' of '{}'.",
                quote(value),
                quote(param)
            ),
            (ReversedRange { from, to }, Lang::Ko) => {
                format!("'{from}'가 '{to}'보다 커서 두 값을 바꿨습니다.")
            }
            (ReversedRange { from, to }, Lang::En) => {
                format!("'{from}' was greater than '{to}': the two were swapped.")
            }
            (Truncated { param, limit }, Lang::Ko) => format!(
                "'{}'가 너무 길어 {limit}개(자)까지만 사용합니다.",
                quote(param)
            ),
            (Truncated { param, limit }, Lang::En) => {
                format!("'{}' was too long and was cut to {limit}.", quote(param))
            }
            (StrippedCharacters { param, count }, Lang::Ko) => {
                format!("'{}'에서 제어 문자 {count}개를 지웠습니다.", quote(param))
            }
            (StrippedCharacters { param, count }, Lang::En) => format!(
                "Removed {count} control character(s) from '{}'.",
                quote(param)
            ),
            (DuplicateValue { param, value }, Lang::Ko) => format!(
                "'{}'에 '{}'이(가) 두 번 있어 하나만 사용합니다.",
                quote(param),
                quote(value)
            ),
            (DuplicateValue { param, value }, Lang::En) => {
                format!("'{}' was listed twice in '{}'.", quote(value), quote(param))
            }
            (UnknownId { param, value }, Lang::Ko) => format!(
                "'{}'의 '{}'은(는) 데이터에 없어 무시했습니다.",
                quote(param),
                quote(value)
            ),
            (UnknownId { param, value }, Lang::En) => format!(
                "Ignored '{}' in '{}': not in the data.",
                quote(value),
                quote(param)
            ),
            (More(n), Lang::Ko) => format!("그 밖에 {n}개의 문제를 더 무시했습니다."),
            (More(n), Lang::En) => format!("{n} more problem(s) were ignored."),
        }
    }
}

/// Collects reports, keeping the first `MAX_REPORTS` and counting the rest.
#[derive(Debug, Default)]
pub(crate) struct Reports {
    list: Vec<Ignored>,
    dropped: usize,
}

impl Reports {
    /// Reports kept in full; the rest are summarised by one `Ignored::More`.
    const MAX_REPORTS: usize = 20;

    pub fn push(&mut self, item: Ignored) {
        if self.list.len() < Self::MAX_REPORTS {
            self.list.push(item);
        } else {
            self.dropped += 1;
        }
    }

    pub fn finish(mut self) -> Vec<Ignored> {
        if self.dropped > 0 {
            self.list.push(Ignored::More(self.dropped));
        }
        self.list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_lose_bidi_and_control_characters() {
        let m = Ignored::UnknownPath("\u{202E}moc.live\u{2066}\n".into()).message(Lang::En);
        assert!(m.contains("moc.live"), "{m}");
        assert!(
            !m.chars()
                .any(|c| c.is_control() || super::super::is_bidi_control(c)),
            "{m:?}"
        );
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let m = Ignored::UnknownParam("x".repeat(1000)).message(Lang::En);
        assert!(m.chars().count() < 100, "{m}");
        assert!(m.contains('…'));
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        let all = [
            Ignored::UnknownPath("p".into()),
            Ignored::More(3),
            Ignored::ReversedRange {
                from: "from".into(),
                to: "to".into(),
            },
        ];
        for i in all {
            assert_ne!(i.message(Lang::Ko), i.message(Lang::En));
        }
    }

    #[test]
    fn reports_are_capped() {
        let mut r = Reports::default();
        for _ in 0..100 {
            r.push(Ignored::RepeatedParam("company".into()));
        }
        let list = r.finish();
        assert_eq!(list.len(), Reports::MAX_REPORTS + 1);
        assert_eq!(list.last(), Some(&Ignored::More(80)));
    }
}
