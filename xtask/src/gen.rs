//! `cargo xtask gen-corpus`: writes N synthetic Korean cloud-industry articles and a catalog.
//!
//! Sentences follow the seeds' constructions (협력/파트너십, 투자, 인수, 고객사로 확보, 임차,
//! 지분 스왑, 분사, 검토/논의 중, rivalry and mere co-mention that are *not* deals), with
//! particles attached, amounts and absolute or relative dates, bylines, people and 양사
//! references, so the real pipeline does real work. Output depends only on (N, seed).

use std::fmt::Write as _;
use std::path::Path;

use corpus::kb::KnowledgeBase;

use crate::korean::{particle, with, Josa};
use crate::names::{self, Name};
use crate::prng::Rng;
use crate::vocab::{Piece, Vocab};

/// Options of `gen-corpus`.
pub struct Options {
    pub articles: usize,
    pub seed: u64,
}

/// Writes `opts.articles` articles (`syn-00000.txt` ...) and `catalog.toml` into `out`.
pub fn write_corpus(opts: &Options, out: &Path) -> Result<(), String> {
    let kb = KnowledgeBase::builtin().map_err(|e| e.to_string())?;
    let vocab = Vocab::builtin()?;
    let mut rng = Rng::new(opts.seed);
    let known = names::known(&kb);
    let invented = names::invented(50 + opts.articles / 10, &mut rng);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut catalog = String::from("# Synthetic articles written by `cargo xtask gen-corpus`.\n");
    for i in 0..opts.articles {
        let id = format!("syn-{i:05}");
        let article = article(&vocab, &mut rng, &known, &invented);
        let path = out.join(format!("{id}.txt"));
        std::fs::write(&path, &article.text).map_err(|e| format!("{}: {e}", path.display()))?;
        let _ = writeln!(catalog, "\n[\"{id}\"]\ndate = \"{}\"", article.date);
    }
    let path = out.join("catalog.toml");
    std::fs::write(&path, catalog).map_err(|e| format!("{}: {e}", path.display()))
}

/// One generated article.
pub struct Article {
    pub text: String,
    /// Publication date, `YYYY-MM-DD`.
    pub date: String,
}

/// The companies named in one article: a first mention carries the gloss.
struct Cast<'a> {
    names: Vec<&'a Name>,
    glossed: Vec<bool>,
}

impl Cast<'_> {
    /// The company's name as written here, followed by `josa`.
    fn say(&mut self, who: usize, josa: Josa) -> String {
        let name = self.names[who];
        let gloss = match (&name.gloss, self.glossed[who]) {
            (Some(g), false) => format!("({g})"),
            _ => String::new(),
        };
        self.glossed[who] = true;
        format!("{}{gloss}{}", name.text, particle(&name.text, josa))
    }
}

/// Picks a company, favouring the first ones of the list (a few names dominate the news).
fn skewed<'a>(rng: &mut Rng, list: &'a [Name]) -> &'a Name {
    let bound = rng.below(list.len()) + 1;
    &list[rng.below(bound)]
}

pub fn article(vocab: &Vocab, rng: &mut Rng, known: &[Name], invented: &[Name]) -> Article {
    let (year, month, day) = (rng.range(2018, 2025), rng.range(1, 12), rng.range(1, 28));
    let mut cast = Cast {
        names: Vec::new(),
        glossed: Vec::new(),
    };
    let size = rng.range(2, 5) as usize;
    while cast.names.len() < size {
        let name = if rng.chance(65) {
            skewed(rng, known)
        } else {
            skewed(rng, invented)
        };
        if !cast.names.iter().any(|n| n.text == name.text) {
            cast.names.push(name);
            cast.glossed.push(false);
        }
    }
    let topic = rng.pick(&vocab.topics).clone();
    let mut sentences: Vec<String> = Vec::new();
    let deals = rng.range(2, 6);
    for _ in 0..deals {
        let a = rng.below(size);
        let b = (a + 1 + rng.below(size - 1)) % size;
        sentences.push(deal_sentence(vocab, rng, &mut cast, [a, b], year));
        if rng.chance(25) {
            sentences.push(format!(
                "양사는 {} 분야에서도 협력을 확대할 계획이다.",
                rng.pick(&vocab.topics)
            ));
        }
        if rng.chance(30) {
            sentences.push(filler(vocab, rng, &mut cast, size, year));
        }
    }
    for _ in 0..rng.range(2, 5) {
        sentences.push(filler(vocab, rng, &mut cast, size, year));
    }

    let title_a = cast.names[0].text.clone();
    let title_b = with(&cast.names[1].text, Josa::With);
    let mut text = format!("{title_a}, {title_b} {topic} 협력\n\n");
    let _ = write!(
        text,
        "[{}={} 기자] ",
        rng.pick(&vocab.outlets),
        rng.pick(&vocab.reporters)
    );
    for (i, s) in sentences.iter().enumerate() {
        text.push_str(s);
        let paragraph_end = i + 1 == sentences.len() || rng.chance(35);
        text.push_str(if paragraph_end { "\n\n" } else { " " });
    }
    Article {
        text,
        date: format!("{year:04}-{month:02}-{day:02}"),
    }
}

fn amount(rng: &mut Rng) -> String {
    match rng.below(6) {
        0 => format!("{}억 달러", rng.range(1, 300)),
        1 => format!("{}조원", rng.range(1, 20)),
        2 => format!("{}천만 달러", rng.range(1, 9)),
        3 => format!("약 {}억원", rng.range(10, 9000)),
        4 => "수십억 원".to_string(),
        _ => {
            let usd = rng.range(1, 90);
            format!("{usd}억 달러({}조원)", (usd * 13).div_ceil(100).max(1))
        }
    }
}

fn date_phrase(rng: &mut Rng, year: u32) -> String {
    match rng.below(7) {
        0 => format!("{}년 {}월 ", year - rng.range(0, 2), rng.range(1, 12)),
        1 => format!("지난해 {}월 ", rng.range(1, 12)),
        2 => format!("지난달 {}일 ", rng.range(1, 28)),
        3 => "올해 초 ".to_string(),
        4 => format!("{}일(현지시간) ", rng.range(1, 28)),
        5 => "2년 전 ".to_string(),
        _ => String::new(),
    }
}

/// A sentence about the companies `who` (a and b): a deal of some kind, or a near miss that is
/// not one, from the vocabulary's templates.
fn deal_sentence(
    vocab: &Vocab,
    rng: &mut Rng,
    cast: &mut Cast,
    who: [usize; 2],
    year: u32,
) -> String {
    let topic = rng.pick(&vocab.topics).clone();
    let when = date_phrase(rng, year);
    let mut out = String::new();
    for piece in rng.pick(&vocab.deal_sentences).clone() {
        match piece {
            Piece::Text(t) => out.push_str(&t),
            Piece::Company(i, josa) => out.push_str(&cast.say(who[i], josa)),
            Piece::When => out.push_str(&when),
            Piece::Topic => out.push_str(&topic),
            Piece::Amount(None) => out.push_str(&amount(rng)),
            Piece::Amount(Some(josa)) => out.push_str(&with(&amount(rng), josa)),
        }
    }
    out
}

/// A sentence that names no deal: market colour, a quote from an executive.
fn filler(vocab: &Vocab, rng: &mut Rng, cast: &mut Cast, size: usize, year: u32) -> String {
    match rng.below(4) {
        0 => {
            let (person, title) = rng.pick(&vocab.people).clone();
            let who = rng.below(size);
            format!(
                "{} {person} {} \"{} 역량을 강화하겠다\"고 말했다.",
                cast.say(who, Josa::Of),
                with(&title, Josa::Topic),
                rng.pick(&vocab.topics)
            )
        }
        1 => format!(
            "이번 발표는 {year}년 {}월 열린 행사에서 나왔다.",
            rng.range(1, 12)
        ),
        _ => rng.pick(&vocab.fillers).clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_articles() {
        let kb = KnowledgeBase::builtin().unwrap();
        let known = names::known(&kb);
        let invented = names::invented(20, &mut Rng::new(1));
        let vocab = Vocab::builtin().unwrap();
        let a = article(&vocab, &mut Rng::new(9), &known, &invented);
        let b = article(&vocab, &mut Rng::new(9), &known, &invented);
        assert_eq!(a.text, b.text);
        assert_ne!(
            a.text,
            article(&vocab, &mut Rng::new(10), &known, &invented).text
        );
    }

    #[test]
    fn the_pipeline_finds_deals_in_generated_text() {
        let kb = KnowledgeBase::builtin().unwrap();
        let known = names::known(&kb);
        let invented = names::invented(20, &mut Rng::new(1));
        let vocab = Vocab::builtin().unwrap();
        let mut rng = Rng::new(5);
        let articles: Vec<corpus::Article> = (0..20)
            .map(|i| {
                let a = article(&vocab, &mut rng, &known, &invented);
                corpus::ingest::article_from_text(&format!("a{i}"), &a.text)
            })
            .collect();
        let ds = corpus::pipeline::build_from_articles(articles, &kb);
        assert!(ds.deals.len() >= 20, "only {} deals", ds.deals.len());
        assert!(
            ds.companies.iter().any(|c| !c.known),
            "no invented company found"
        );
    }
}
