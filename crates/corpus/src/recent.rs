//! The last few computed values by key, so going back to a view (a backspace, a cleared search
//! box, the Back button) reuses its filter pass instead of running it again.
//!
//! A small most-recently-used list: lookups are a walk over at most [`Recent::capacity`]
//! keys, which is cheaper than any hashing for the handful of views kept.

/// At most `capacity` values, the most recently used first.
#[derive(Debug, Clone)]
pub struct Recent<K, V> {
    entries: Vec<(K, V)>,
    capacity: usize,
}

impl<K: PartialEq, V: Clone> Recent<K, V> {
    /// An empty list that keeps at most `capacity` values (at least one).
    pub fn new(capacity: usize) -> Recent<K, V> {
        Recent {
            entries: Vec::new(),
            capacity: capacity.max(1),
        }
    }

    /// How many values it keeps at most.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// How many values it holds now.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value kept for `key`, else `make(&key)` (kept from then on, and the least recently
    /// used value dropped when full). Either way `key` becomes the most recently used.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce(&K) -> V) -> V {
        let entry = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(at) => self.entries.remove(at),
            None => {
                let value = make(&key);
                self.entries.truncate(self.capacity - 1);
                (key, value)
            }
        };
        let value = entry.1.clone();
        self.entries.insert(0, entry);
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `keys` through a list of `capacity`, returning which keys were computed.
    fn computed(capacity: usize, keys: &[&str]) -> Vec<String> {
        let mut recent: Recent<String, String> = Recent::new(capacity);
        let mut made = Vec::new();
        for key in keys {
            let value = recent.get_or_insert_with(key.to_string(), |k| {
                made.push(k.clone());
                format!("value of {k}")
            });
            assert_eq!(value, format!("value of {key}"));
            assert!(recent.len() <= recent.capacity());
        }
        made
    }

    #[test]
    fn a_kept_key_is_not_computed_again() {
        assert_eq!(computed(3, &["", "a", "ab", "a", ""]), ["", "a", "ab"]);
    }

    #[test]
    fn the_least_recently_used_key_is_dropped_first() {
        // "" is used again before "c" comes in, so "a" is the one dropped.
        assert_eq!(
            computed(3, &["", "a", "b", "", "c", "", "a"]),
            ["", "a", "b", "c", "a"]
        );
    }

    #[test]
    fn capacity_is_at_least_one() {
        let recent: Recent<u8, u8> = Recent::new(0);
        assert_eq!(recent.capacity(), 1);
        assert!(recent.is_empty());
        assert_eq!(computed(0, &["a", "a", "b", "a"]), ["a", "b", "a"]);
    }
}
