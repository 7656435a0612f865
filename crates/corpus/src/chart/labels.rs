//! Which labels to draw: greedy, most important first, skipping any that would overlap a label
//! already placed. Boxes are in picture units; text widths are estimated, not measured.

/// An axis-aligned box: left, top, width, height.
pub type LabelBox = (f32, f32, f32, f32);

/// Estimated width of `text` at `font` size: Hangul and other wide glyphs count one em,
/// ASCII about 0.6 em.
pub fn text_width(text: &str, font: f32) -> f32 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.6 } else { 1.0 })
        .sum::<f32>()
        * font
}

/// Labels to draw, at most `max`, no two overlapping: `(index, choice)` where `choice` is the
/// first of the label's alternative boxes (e.g. below, then above its mark) that is free.
/// `options` are in priority order.
pub fn place_labels(options: &[Vec<LabelBox>], max: usize) -> Vec<(usize, usize)> {
    let mut taken: Vec<LabelBox> = Vec::new();
    let mut placed = Vec::new();
    for (i, boxes) in options.iter().enumerate() {
        if placed.len() >= max {
            break;
        }
        let free = boxes
            .iter()
            .position(|b| taken.iter().all(|t| !overlaps(*b, *t)));
        if let Some(choice) = free {
            taken.push(boxes[choice]);
            placed.push((i, choice));
        }
    }
    placed
}

fn overlaps(a: LabelBox, b: LabelBox) -> bool {
    a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_labels_are_skipped_in_priority_order() {
        let boxes: Vec<Vec<LabelBox>> = [
            (0.0, 0.0, 10.0, 5.0),
            (5.0, 2.0, 10.0, 5.0),  // overlaps the first
            (20.0, 0.0, 10.0, 5.0), // free
            (0.0, 5.0, 10.0, 5.0),  // touches the first's edge only
        ]
        .into_iter()
        .map(|b| vec![b])
        .collect();
        assert_eq!(place_labels(&boxes, 10), [(0, 0), (2, 0), (3, 0)]);
        assert_eq!(place_labels(&boxes, 2), [(0, 0), (2, 0)]);
        assert!(place_labels(&[], 3).is_empty());
    }

    #[test]
    fn a_blocked_label_takes_its_next_free_place() {
        let below = (0.0, 10.0, 10.0, 5.0);
        let above = (0.0, -5.0, 10.0, 5.0);
        let options = vec![vec![below], vec![below, above], vec![below, above]];
        // The second label moves above; the third has nowhere left to go.
        assert_eq!(place_labels(&options, 10), [(0, 0), (1, 1)]);
    }

    #[test]
    fn korean_text_is_wider_than_latin_of_the_same_length() {
        assert_eq!(text_width("KT", 10.0), 12.0);
        assert_eq!(text_width("마이크로", 10.0), 40.0);
    }
}
