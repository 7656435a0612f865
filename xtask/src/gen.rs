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

const TOPICS: [&str; 10] = [
    "하이브리드 클라우드",
    "생성형 AI",
    "데이터센터",
    "엣지 컴퓨팅",
    "클라우드 보안",
    "공공 클라우드",
    "GPU 인프라",
    "멀티클라우드 관리",
    "데이터 분석",
    "디지털 전환",
];
const OUTLETS: [&str; 5] = [
    "이코노믹리뷰",
    "디지털데일리",
    "지디넷코리아",
    "전자신문",
    "아이뉴스24",
];
const REPORTERS: [&str; 8] = [
    "홍석윤",
    "김민준",
    "이서연",
    "박지훈",
    "최유진",
    "정하늘",
    "강도윤",
    "윤서아",
];
const PEOPLE: [(&str, &str); 6] = [
    ("김철수", "대표"),
    ("이영희", "사장"),
    ("박준형", "부사장"),
    ("최민서", "CTO"),
    ("정우성", "본부장"),
    ("한지민", "전무"),
];
const FILLERS: [&str; 8] = [
    "클라우드 시장은 매년 두 자릿수 성장을 이어가고 있다.",
    "업계에서는 생성형 AI 수요가 데이터센터 증설을 이끌 것으로 보고 있다.",
    "국내 공공기관의 클라우드 전환도 속도를 내고 있다.",
    "한 업계 관계자는 \"고객의 요구가 빠르게 바뀌고 있다\"고 말했다.",
    "시장조사업체에 따르면 국내 클라우드 시장 규모는 내년 5조원에 이를 것으로 예상된다.",
    "코로나 대유행 이후 기업들의 클라우드 도입이 크게 늘었다.",
    "정부는 디지털 플랫폼 정부 사업을 통해 민간 클라우드 이용을 확대하고 있다.",
    "전력 공급과 냉각 비용은 여전히 데이터센터 업계의 과제로 꼽힌다.",
];

/// Options of `gen-corpus`.
pub struct Options {
    pub articles: usize,
    pub seed: u64,
}

/// Writes `opts.articles` articles (`syn-00000.txt` ...) and `catalog.toml` into `out`.
pub fn write_corpus(opts: &Options, out: &Path) -> Result<(), String> {
    let kb = KnowledgeBase::builtin().map_err(|e| e.to_string())?;
    let mut rng = Rng::new(opts.seed);
    let known = names::known(&kb);
    let invented = names::invented(50 + opts.articles / 10, &mut rng);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut catalog = String::from("# Synthetic articles written by `cargo xtask gen-corpus`.\n");
    for i in 0..opts.articles {
        let id = format!("syn-{i:05}");
        let article = article(&mut rng, &known, &invented);
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

pub fn article(rng: &mut Rng, known: &[Name], invented: &[Name]) -> Article {
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
    let topic = *rng.pick(&TOPICS);
    let mut sentences: Vec<String> = Vec::new();
    let deals = rng.range(2, 6);
    for _ in 0..deals {
        let a = rng.below(size);
        let b = (a + 1 + rng.below(size - 1)) % size;
        sentences.push(deal_sentence(rng, &mut cast, a, b, year));
        if rng.chance(25) {
            sentences.push(format!(
                "양사는 {} 분야에서도 협력을 확대할 계획이다.",
                rng.pick(&TOPICS)
            ));
        }
        if rng.chance(30) {
            sentences.push(filler(rng, &mut cast, size, year));
        }
    }
    for _ in 0..rng.range(2, 5) {
        sentences.push(filler(rng, &mut cast, size, year));
    }

    let title_a = cast.names[0].text.clone();
    let title_b = with(&cast.names[1].text, Josa::With);
    let mut text = format!("{title_a}, {title_b} {topic} 협력\n\n");
    let _ = write!(
        text,
        "[{}={} 기자] ",
        rng.pick(&OUTLETS),
        rng.pick(&REPORTERS)
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

/// A sentence about companies `a` and `b`: a deal of some kind, or a near miss that is not one.
fn deal_sentence(rng: &mut Rng, cast: &mut Cast, a: usize, b: usize, year: u32) -> String {
    let topic = *rng.pick(&TOPICS);
    let when = date_phrase(rng, year);
    match rng.below(16) {
        0 => format!(
            "{} {when}{} 클라우드 사업 협력을 위한 업무협약(MOU)을 체결했다.",
            cast.say(a, Josa::Subject),
            cast.say(b, Josa::With)
        ),
        1 => format!(
            "{} {} 전략적 파트너십을 맺고 {topic} 시장 공략에 나선다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::With)
        ),
        2 => format!(
            "{} {} 손잡고 {topic} 서비스를 선보였다.",
            cast.say(a, Josa::Subject),
            cast.say(b, Josa::With)
        ),
        3 => format!(
            "{} {when}{} {} 규모의 {topic} 공급 계약을 체결했다고 밝혔다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::With),
            amount(rng)
        ),
        4 => format!(
            "{} {when}{} {} 투자했다.",
            cast.say(a, Josa::Subject),
            cast.say(b, Josa::At),
            with(&amount(rng), Josa::Object)
        ),
        5 => format!(
            "{} {} {} 규모의 투자를 유치했다.",
            cast.say(b, Josa::Topic),
            cast.say(a, Josa::From),
            amount(rng)
        ),
        6 => format!(
            "{} {when}{} {}에 인수했다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::Object),
            amount(rng)
        ),
        7 => format!(
            "{} {} 인수하는 방안을 검토 중인 것으로 알려졌다.",
            cast.say(a, Josa::Subject),
            cast.say(b, Josa::Object)
        ),
        8 => format!(
            "{} {when}{} 고객사로 확보했다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::Object)
        ),
        9 => format!(
            "{} {} 판교 데이터센터 공간을 임차했다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::From)
        ),
        10 => format!(
            "{} {} {when}{} 규모의 지분 스왑을 단행했다.",
            cast.say(a, Josa::With),
            cast.say(b, Josa::Topic),
            amount(rng)
        ),
        11 => format!(
            "{} 클라우드 사업부를 분사해 {} 출범시켰다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::Object)
        ),
        12 => format!(
            "{} {} 합작법인 설립을 논의 중이다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::With)
        ),
        13 => format!(
            "{} {topic} 시장에서 {} 경쟁하고 있다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::With)
        ),
        14 => format!(
            "{} {} 모두 {topic} 분야에 주력하고 있다.",
            cast.say(a, Josa::With),
            cast.say(b, Josa::Topic)
        ),
        _ => format!(
            "{} {} 함께 {topic} 플랫폼을 공동 개발한다고 {when}발표했다.",
            cast.say(a, Josa::Topic),
            cast.say(b, Josa::With)
        ),
    }
}

/// A sentence that names no deal: market colour, a quote from an executive.
fn filler(rng: &mut Rng, cast: &mut Cast, size: usize, year: u32) -> String {
    match rng.below(4) {
        0 => {
            let (person, title) = *rng.pick(&PEOPLE);
            let who = rng.below(size);
            format!(
                "{} {person} {} \"{} 역량을 강화하겠다\"고 말했다.",
                cast.say(who, Josa::Of),
                with(title, Josa::Topic),
                rng.pick(&TOPICS)
            )
        }
        1 => format!(
            "이번 발표는 {year}년 {}월 열린 행사에서 나왔다.",
            rng.range(1, 12)
        ),
        _ => rng.pick(&FILLERS).to_string(),
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
        let a = article(&mut Rng::new(9), &known, &invented);
        let b = article(&mut Rng::new(9), &known, &invented);
        assert_eq!(a.text, b.text);
        assert_ne!(a.text, article(&mut Rng::new(10), &known, &invented).text);
    }

    #[test]
    fn the_pipeline_finds_deals_in_generated_text() {
        let kb = KnowledgeBase::builtin().unwrap();
        let known = names::known(&kb);
        let invented = names::invented(20, &mut Rng::new(1));
        let mut rng = Rng::new(5);
        let articles: Vec<corpus::Article> = (0..20)
            .map(|i| {
                let a = article(&mut rng, &known, &invented);
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
