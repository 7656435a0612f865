//! Regression tests on sentences written for these tests (not from the seeds): other
//! companies, acquisitions, a start-up investment, talks, denials, partner lists, `양사`.
//!
//! Each test names the behaviour it pins; extraction runs exactly as in the pipeline.

use corpus::deals::extract_deals;
use corpus::kb::KnowledgeBase;
use corpus::mentions::find_mentions;
use corpus::model::{Deal, DealKind, DealStatus, Role};

fn run(text: &str) -> (Vec<String>, Vec<Deal>) {
    let kb = KnowledgeBase::builtin().unwrap();
    let mut article = corpus::ingest::article_from_text("unseen", text);
    article.date.value = Some("2024-05-20".into());
    let found = find_mentions(&kb, &article);
    let mut companies = kb.companies.clone();
    companies.extend(found.discovered.iter().cloned());
    let deals = extract_deals(&article, &found.mentions, &companies);
    let ids = found.mentions.iter().map(|m| m.company.clone()).collect();
    (ids, deals)
}

fn pairs(deals: &[Deal]) -> Vec<(DealKind, Vec<String>)> {
    let mut out: Vec<(DealKind, Vec<String>)> = deals
        .iter()
        .map(|d| {
            let mut p: Vec<String> = d.party_ids().map(str::to_string).collect();
            p.sort();
            (d.kind, p)
        })
        .collect();
    out.sort();
    out
}

fn role_of(deal: &Deal, company: &str) -> Option<Role> {
    deal.parties
        .iter()
        .find(|p| p.company == company)
        .and_then(|p| p.role)
}

#[test]
fn acquisition_of_a_discovered_company() {
    let (ids, deals) = run(
        "삼성SDS가 미국 클라우드 관리 업체 넥스트클라우드테크놀로지스(NextCloud Technologies)를 인수했다고 밝혔다.",
    );
    assert!(
        ids.contains(&"nextcloud-technologies".to_string()),
        "{ids:?}"
    );
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0].kind, DealKind::Acquisition);
    assert_eq!(role_of(&deals[0], "samsung-sds"), Some(Role::Buyer));
    assert_eq!(
        role_of(&deals[0], "nextcloud-technologies"),
        Some(Role::Target)
    );
}

#[test]
fn investment_into_a_start_up() {
    let (_, deals) = run("네이버는 AI 반도체 스타트업 퓨리오사랩스에 500억원을 투자했다.");
    assert_eq!(deals.len(), 1, "{deals:?}");
    let d = &deals[0];
    assert_eq!(d.kind, DealKind::Investment);
    assert_eq!(role_of(d, "naver"), Some(Role::Investor));
    assert_eq!(role_of(d, "퓨리오사랩스"), Some(Role::Investee));
    assert_eq!(d.trigger, "투자");
}

#[test]
fn deal_under_discussion_is_planned() {
    let (_, deals) = run("카카오는 메가존클라우드와 클라우드 사업 제휴를 논의하고 있다.");
    assert_eq!(
        pairs(&deals),
        [(
            DealKind::Partnership,
            vec!["kakao".into(), "megazone-cloud".into()]
        )]
    );
    assert_eq!(deals[0].status, DealStatus::Planned);
}

#[test]
fn failed_or_denied_deals_are_not_deals() {
    let (_, deals) = run(
        "SK텔레콤은 AWS와의 인수 협상이 결렬됐다고 밝혔다. LG유플러스 측은 오라클과의 계약설은 사실무근이라고 부인했다.",
    );
    assert!(deals.is_empty(), "{deals:?}");
}

#[test]
fn a_list_of_partners_gives_one_deal_each() {
    let (_, deals) =
        run("NHN클라우드는 구글클라우드, 오라클, 시스코 등과 업무협약(MOU)을 체결했다.");
    assert_eq!(
        pairs(&deals),
        [
            (
                DealKind::Partnership,
                vec!["cisco".into(), "nhn-cloud".into()]
            ),
            (
                DealKind::Partnership,
                vec!["google-cloud".into(), "nhn-cloud".into()]
            ),
            (
                DealKind::Partnership,
                vec!["nhn-cloud".into(), "oracle".into()]
            ),
        ]
    );
    assert!(deals.iter().all(|d| d.status == DealStatus::Signed));
}

#[test]
fn yangsa_refers_to_the_last_pair() {
    let (_, deals) = run(
        "베스핀글로벌은 지난 3월 한국전력과 클라우드 전환 계약을 맺었다. 양사는 내년까지 공동으로 데이터센터를 구축할 예정이다.",
    );
    let got = pairs(&deals);
    assert_eq!(
        got,
        [
            (
                DealKind::Partnership,
                vec!["bespin-global".into(), "kepco".into()]
            ),
            (
                DealKind::Contract,
                vec!["bespin-global".into(), "kepco".into()]
            ),
        ]
    );
    let partnership = deals
        .iter()
        .find(|d| d.kind == DealKind::Partnership)
        .unwrap();
    assert_eq!(partnership.status, DealStatus::Planned);
    assert!(partnership.evidence.starts_with("양사는"));
}

#[test]
fn a_rival_beaten_to_a_contract_is_not_a_party() {
    let (_, deals) = run("오라클은 마이크로소프트를 제치고 조달청과 클라우드 계약을 따냈다.");
    assert_eq!(
        pairs(&deals),
        [(DealKind::Contract, vec!["oracle".into(), "pps".into()])]
    );
    assert_eq!(role_of(&deals[0], "pps"), Some(Role::Customer));
}

#[test]
fn dropped_subject_is_carried_from_the_previous_sentence() {
    let (_, deals) =
        run("메가존클라우드는 올해 실적을 발표했다. 또 현대오토에버와도 제휴를 맺었다.");
    assert_eq!(
        pairs(&deals),
        [(
            DealKind::Partnership,
            vec!["hyundai-autoever".into(), "megazone-cloud".into()]
        )]
    );
}

#[test]
fn rivals_named_together_are_not_a_deal() {
    let (ids, deals) =
        run("아마존과 구글, 마이크로소프트가 클라우드 시장에서 치열하게 경쟁하고 있다.");
    assert_eq!(ids.len(), 3);
    assert!(deals.is_empty(), "{deals:?}");
}

#[test]
fn spin_off_takes_parent_from_the_knowledge_base() {
    let (_, deals) =
        run("카카오는 클라우드 사업부를 물적분할해 카카오엔터프라이즈를 별도 법인으로 세웠다.");
    assert_eq!(deals.len(), 1, "{deals:?}");
    assert_eq!(deals[0].kind, DealKind::SpinOff);
    assert_eq!(role_of(&deals[0], "kakao"), Some(Role::Parent));
    assert_eq!(role_of(&deals[0], "kakao-enterprise"), Some(Role::SpunOff));
}

#[test]
fn outlets_are_sources_not_parties() {
    let (ids, deals) = run("로이터통신에 따르면 인텔은 AMD와 협력하기로 했다.");
    assert!(ids.contains(&"reuters".to_string()));
    assert_eq!(
        pairs(&deals),
        [(DealKind::Partnership, vec!["amd".into(), "intel".into()])]
    );
}

#[test]
fn lease_with_only_the_lessee_named() {
    let (_, deals) = run("쿠팡은 판교의 한 빌딩 10개 층을 임차했다.");
    assert_eq!(pairs(&deals), [(DealKind::Lease, vec!["coupang".into()])]);
    assert_eq!(role_of(&deals[0], "coupang"), Some(Role::Lessee));
}

#[test]
fn acronyms_inside_words_and_products_are_not_companies() {
    let (ids, _) =
        run("KTX와 MSP 사업, VM웨어의 ESX 서버와 애저, 스타링크(Starlink). MS측은 답했다.");
    assert_eq!(ids, ["vmware", "microsoft"]);
}

#[test]
fn joint_subject_announcement_is_a_partnership() {
    let (_, deals) = run("시스코와 뉴타닉스는 하이브리드 클라우드 솔루션을 함께 공개했다.");
    assert_eq!(
        pairs(&deals),
        [(
            DealKind::Partnership,
            vec!["cisco".into(), "nutanix".into()]
        )]
    );
    assert_eq!(deals[0].status, DealStatus::Announced);
}

#[test]
fn investment_amount_and_planned_investment() {
    let (_, deals) = run("마이크로소프트는 오픈AI에 100억 달러를 투자했다. 아마존은 앤트로픽에 대한 추가 투자를 검토 중이다.");
    assert_eq!(
        pairs(&deals),
        [
            (
                DealKind::Investment,
                vec!["amazon".into(), "anthropic".into()]
            ),
            (
                DealKind::Investment,
                vec!["microsoft".into(), "openai".into()]
            ),
        ]
    );
    let ms = deals
        .iter()
        .find(|d| role_of(d, "microsoft").is_some())
        .unwrap();
    assert_eq!(ms.status, DealStatus::Signed);
    let amazon = deals
        .iter()
        .find(|d| role_of(d, "amazon").is_some())
        .unwrap();
    assert_eq!(amazon.status, DealStatus::Planned);
    assert_eq!(role_of(amazon, "anthropic"), Some(Role::Investee));
}

#[test]
fn withdrawn_acquisition_is_not_a_deal() {
    let (_, deals) =
        run("브로드컴은 VM웨어 인수를 추진했으나 인텔의 시트릭스 인수 계획은 철회됐다.");
    assert_eq!(
        pairs(&deals),
        [(
            DealKind::Acquisition,
            vec!["broadcom".into(), "vmware".into()]
        )]
    );
    assert_eq!(deals[0].status, DealStatus::Planned);
    assert_eq!(role_of(&deals[0], "vmware"), Some(Role::Target));
}
