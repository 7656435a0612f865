//! A facet's included and excluded values as a table by value position, so checking a deal's
//! countries or sectors is one load per value instead of a search of both lists.

use crate::view::Facet;

/// Nothing said about the value.
const NEUTRAL: u8 = 0;
const INCLUDED: u8 = 1;
const EXCLUDED: u8 = 2;

/// What `filter::admits` decides for one facet, precomputed for values `0..len`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookup {
    /// False when the facet selects nothing (every result passes).
    active: bool,
    /// True when the facet includes something (a result must carry an included value).
    includes: bool,
    /// Per value position: `NEUTRAL`, `INCLUDED` or `EXCLUDED` (excluded wins).
    state: Vec<u8>,
}

impl Lookup {
    /// The table of `facet` for values below `len` (values at or above it, such as ids the
    /// dataset lacks, are never carried by a result).
    pub fn new(facet: &Facet<u32>, len: usize) -> Lookup {
        let active = !facet.include.is_empty() || !facet.exclude.is_empty();
        let mut state = if active {
            vec![NEUTRAL; len]
        } else {
            Vec::new()
        };
        for (list, mark) in [(&facet.include, INCLUDED), (&facet.exclude, EXCLUDED)] {
            for v in list {
                if let Some(s) = state.get_mut(*v as usize) {
                    *s = mark;
                }
            }
        }
        Lookup {
            active,
            includes: !facet.include.is_empty(),
            state,
        }
    }

    /// Whether a result carrying `values` passes the facet, as `filter::admits` decides.
    #[inline(always)]
    pub fn admits(&self, values: &[u32]) -> bool {
        if !self.active {
            return true;
        }
        let mut included = !self.includes;
        for v in values {
            match self.state.get(*v as usize) {
                Some(&EXCLUDED) => return false,
                Some(&INCLUDED) => included = true,
                _ => {}
            }
        }
        included
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_decides_like_admits() {
        const UNKNOWN: u32 = u32::MAX;
        let facets: Vec<Facet<u32>> = vec![
            Facet::default(),
            Facet {
                include: vec![1],
                exclude: vec![],
            },
            Facet {
                include: vec![],
                exclude: vec![2],
            },
            Facet {
                include: vec![1, 2],
                exclude: vec![2, 4],
            },
            Facet {
                include: vec![UNKNOWN],
                exclude: vec![],
            },
            Facet {
                include: vec![],
                exclude: vec![UNKNOWN, 0],
            },
            Facet {
                include: vec![3, UNKNOWN],
                exclude: vec![5],
            },
        ];
        let values: Vec<Vec<u32>> = vec![
            vec![],
            vec![0],
            vec![1],
            vec![2],
            vec![1, 2],
            vec![3, 5],
            vec![0, 3, 4],
            vec![5],
            vec![1, 3],
        ];
        for facet in &facets {
            let table = Lookup::new(facet, 6);
            for v in &values {
                assert_eq!(
                    table.admits(v),
                    crate::filter::admits(facet, v),
                    "{facet:?} {v:?}"
                );
            }
        }
    }
}
