//! Where Latin words start in the joined evidence text, grouped by their first byte, so an
//! all-ASCII term (which only matches at a word start) is compared at those places only,
//! instead of at every occurrence of its letters inside words (`m` occurs everywhere).
//!
//! Built from the text in one linear pass, the first time an ASCII term is searched.

/// Byte offsets of Latin word starts: an ASCII letter or digit with none right before it.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordStarts {
    /// Offsets grouped by the byte found there; ascending within a group.
    offsets: Vec<u32>,
    /// Group `b` is `offsets[groups[b]..groups[b + 1]]`.
    groups: Vec<u32>,
}

impl WordStarts {
    pub fn new(text: &str) -> WordStarts {
        let bytes = text.as_bytes();
        // One pass over the text; then the (far fewer) starts are put in groups.
        let mut all: Vec<u32> = Vec::new();
        for_each_start(bytes, |at| all.push(at as u32));
        let first = |at: u32| bytes.get(at as usize).map_or(0, |b| usize::from(*b));
        let mut groups = vec![0u32; 257];
        for at in &all {
            groups[first(*at) + 1] += 1;
        }
        for b in 1..groups.len() {
            groups[b] += groups[b - 1];
        }
        let mut next: Vec<u32> = groups.clone();
        let mut offsets = vec![0u32; all.len()];
        for at in all {
            let slot = &mut next[first(at)];
            if let Some(o) = offsets.get_mut(*slot as usize) {
                *o = at;
            }
            *slot += 1;
        }
        WordStarts { offsets, groups }
    }

    /// The word starts where byte `b` is found, ascending.
    pub fn starting_with(&self, b: u8) -> &[u32] {
        let b = usize::from(b);
        match (self.groups.get(b), self.groups.get(b + 1)) {
            (Some(&from), Some(&to)) => self.offsets.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Marks `hits[e]` for every sentence `e` in which `needle` (ASCII letters and digits)
    /// starts a Latin word; sentence `e` is `text[starts[e]..starts[e + 1]]` and `self` was
    /// built from `text`. What `Term::mark_text_hits` gives for such a needle.
    pub fn mark(&self, text: &str, starts: &[u32], needle: &[u8], hits: &mut [bool]) {
        let Some(&first) = needle.first() else {
            return;
        };
        let bytes = text.as_bytes();
        let mut e = 0usize;
        for &at in self.starting_with(first) {
            while starts.get(e + 1).is_some_and(|s| *s <= at) {
                e += 1;
            }
            if hits.get(e).is_some_and(|hit| !*hit)
                && bytes
                    .get(at as usize..)
                    .is_some_and(|rest| rest.starts_with(needle))
            {
                hits[e] = true;
            }
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        (self.offsets.capacity() + self.groups.capacity()) * std::mem::size_of::<u32>()
    }
}

/// Calls `f(offset)` for every Latin word start of `bytes`, in order.
#[inline(always)]
fn for_each_start(bytes: &[u8], mut f: impl FnMut(usize)) {
    let mut previous_alnum = false;
    for (at, &b) in bytes.iter().enumerate() {
        let alnum = b.is_ascii_alphanumeric();
        if alnum && !previous_alnum {
            f(at);
        }
        previous_alnum = alnum;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_hold_exactly_the_latin_word_starts() {
        let text = "aws와 laws, ms-삼성sds 3m é가m ßm Ⅷm ｍm 9m _m\nm\u{1}m m2m 클라우드 data센터m";
        let table = WordStarts::new(text);
        let mut all: Vec<u32> = Vec::new();
        for b in 0..=255u8 {
            let group = table.starting_with(b);
            assert!(group.windows(2).all(|w| w[0] < w[1]), "{b}");
            for at in group {
                assert_eq!(text.as_bytes()[*at as usize], b);
            }
            all.extend_from_slice(group);
        }
        all.sort_unstable();
        let naive: Vec<u32> = text
            .char_indices()
            .filter(|(at, c)| {
                c.is_ascii_alphanumeric()
                    && text[..*at]
                        .chars()
                        .next_back()
                        .is_none_or(|p| !p.is_ascii_alphanumeric())
            })
            .map(|(at, _)| at as u32)
            .collect();
        assert_eq!(all, naive);
        assert!(WordStarts::new("").starting_with(b'a').is_empty());
        assert_eq!(WordStarts::default().starting_with(b'a'), &[] as &[u32]);
    }
}
