//! FNV-1a (64 bits): stable content names, deal ids and per-id nudges. Not for security.
//!
//! Same bytes → same value on every platform and build, so names and ids survive rebuilds.

/// An FNV-1a hasher fed with bytes.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn new() -> Fnv {
        Fnv::default()
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub fn finish(&self) -> u64 {
        self.0
    }
}

/// A hasher for sets of short keys (particles, characters): a few instructions per byte where
/// the standard one costs a hundred per key. Fine for fixed vocabularies, not for keys an
/// attacker chooses.
impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        Fnv::write(self, bytes);
    }

    fn finish(&self) -> u64 {
        Fnv::finish(self)
    }
}

/// Builds [`Fnv`] hashers for a `HashSet`/`HashMap`.
pub type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// FNV-1a of `bytes`.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h = Fnv::new();
    h.write(bytes);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Reference values of 64-bit FNV-1a.
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        let mut h = Fnv::new();
        h.write(b"fo");
        h.write(b"o");
        assert_eq!(h.finish(), fnv(b"foo"));
    }

    #[test]
    fn as_a_hasher_it_feeds_the_same_bytes() {
        let mut h = Fnv::new();
        std::hash::Hasher::write(&mut h, b"foo");
        assert_eq!(std::hash::Hasher::finish(&h), fnv(b"foo"));
    }
}
