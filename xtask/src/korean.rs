//! Attaching Korean particles to names and amounts the way a writer would: 이/가, 은/는,
//! 을/를, 와/과, (으)로부터 chosen by whether the word ends in a final consonant (받침).
//!
//! Latin letters and digits are judged by how they are read aloud (`IBM이`, `KT가`, `3억 달러를`).

/// Whether `word` ends, as read aloud, in a final consonant.
pub fn has_batchim(word: &str) -> bool {
    let Some(last) = word.trim_end().chars().last() else {
        return false;
    };
    match last {
        '가'..='힣' => (last as u32 - 0xAC00) % 28 != 0,
        // 엘 엠 엔 알(R); the rest (에이, 비, 케이 ...) end in a vowel.
        'L' | 'M' | 'N' | 'R' | 'l' | 'm' | 'n' | 'r' => true,
        // 영 일 삼 육 칠 팔
        '0' | '1' | '3' | '6' | '7' | '8' => true,
        _ => false,
    }
}

/// Whether `word` ends in ㄹ (for 로 vs 으로).
fn ends_in_rieul(word: &str) -> bool {
    match word.chars().last() {
        Some(c @ '가'..='힣') => (c as u32 - 0xAC00) % 28 == 8,
        Some('L' | 'l' | '1' | '7' | '8') => true,
        _ => false,
    }
}

/// The particle kinds the generator uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Josa {
    /// 이/가
    Subject,
    /// 은/는
    Topic,
    /// 을/를
    Object,
    /// 와/과
    With,
    /// 으로부터/로부터
    From,
    /// 에 (invariant)
    At,
    /// 의 (invariant)
    Of,
}

/// `word` followed by the right form of `josa`.
pub fn with(word: &str, josa: Josa) -> String {
    format!("{word}{}", particle(word, josa))
}

/// The form of `josa` that follows `word`.
pub fn particle(word: &str, josa: Josa) -> &'static str {
    let b = has_batchim(word);
    let rieul = ends_in_rieul(word);
    match josa {
        Josa::Subject => ["가", "이"][b as usize],
        Josa::Topic => ["는", "은"][b as usize],
        Josa::Object => ["를", "을"][b as usize],
        Josa::With => ["와", "과"][b as usize],
        Josa::From if b && !rieul => "으로부터",
        Josa::From => "로부터",
        Josa::At => "에",
        Josa::Of => "의",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_last_sound() {
        assert_eq!(with("마이크로소프트", Josa::Subject), "마이크로소프트가");
        assert_eq!(with("스페이스X", Josa::With), "스페이스X와");
        assert_eq!(with("IBM", Josa::Subject), "IBM이");
        assert_eq!(with("KT", Josa::Topic), "KT는");
        assert_eq!(with("삼성전자", Josa::Object), "삼성전자를");
        assert_eq!(with("오라클", Josa::From), "오라클로부터");
        assert_eq!(with("네이버클라우드", Josa::From), "네이버클라우드로부터");
        assert_eq!(with("3억 달러", Josa::Object), "3억 달러를");
        assert_eq!(with("5조원", Josa::Object), "5조원을");
        assert_eq!(with("누리클라우드테크", Josa::With), "누리클라우드테크와");
    }
}
