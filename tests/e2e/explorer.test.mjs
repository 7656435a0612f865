// The explorer as a new user meets it: every view from a cold load of its URL, filters that
// agree with the export CLI, search that understands Korean, Back/Forward, copy link, export.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { watchedPage, appReady, dealIds, resultCount, fragment, servedSite } from "./harness.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
// The dataset as the export CLI sees it: the reference the page must agree with.
const exported = JSON.parse(
  execFileSync("cargo", ["run", "-q", "-p", "corpus", "--", "export", "seeds", "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 64 << 20,
  }),
);
const yearOf = (d) => (d.date ? Number(String(d.date).slice(0, 4)) : null);
const byCompany = (id) => exported.deals.filter((d) => d.parties.includes(id));
const firstArticle = exported.articles[0].id;
const aDeal = byCompany("microsoft")[0];

let server;
let browser;
servedSite("/explorer/", null, (s, b) => {
  server = s;
  browser = b;
});

/** Opens a fragment in a fresh page; returns the page and its log. */
async function open(hash, options = {}) {
  const { page, log, context } = await watchedPage(browser, server.origin, {
    viewport: { width: 1280, height: 4000 },
    ...options,
  });
  await page.goto(`${server.url}#${hash}`);
  await appReady(page);
  return { page, log, context };
}

test("each view renders from a cold load of its URL", async () => {
  const views = [
    ["/", "[data-article-id]"],
    ["/deals", "tr[data-deal-id]"],
    ["/companies", "tr[data-company-id]"],
    ["/companies/microsoft", 'main[data-company-id="microsoft"]'],
    [`/articles/${firstArticle}`, `main[data-article-id="${firstArticle}"]`],
    ["/deals?lang=en", "tr[data-deal-id]"],
  ];
  for (const [hash, selector] of views) {
    const { page, log, context } = await open(hash);
    assert.ok((await page.locator(selector).count()) > 0, `${hash} shows ${selector}`);
    assert.deepEqual(log.errors, [], `${hash}: console errors`);
    assert.deepEqual(log.offOrigin, [], `${hash}: off-origin requests`);
    await context.close();
  }
});

test("filtered rows are exactly the deals the export CLI gives for the same filter", async () => {
  const cases = [
    ["/deals", () => true],
    ["/deals?company=microsoft", (d) => d.parties.includes("microsoft")],
    ["/deals?company=microsoft,kt&match=all", (d) => d.parties.includes("microsoft") && d.parties.includes("kt")],
    ["/deals?company=microsoft,kt", (d) => d.parties.includes("microsoft") || d.parties.includes("kt")],
    ["/deals?kind=contract", (d) => d.kind === "contract"],
    ["/deals?kind=-partnership", (d) => d.kind !== "partnership"],
    ["/deals?from=2019&to=2024", (d) => yearOf(d) !== null && yearOf(d) >= 2019 && yearOf(d) <= 2024],
    ["/deals?min=1000000000", (d) => d.amount?.usd != null && d.amount.usd >= 1e9],
    [`/deals?article=${firstArticle}`, (d) => d.article === firstArticle],
  ];
  for (const [hash, keep] of cases) {
    const expected = exported.deals.filter(keep).map((d) => d.id).sort();
    const { page, log, context } = await open(hash);
    const shown = (await dealIds(page)).sort();
    assert.deepEqual(shown, expected, hash);
    assert.equal(await resultCount(page), expected.length, `${hash}: result count`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("Korean-aware search: particles, 초성 and aliases in both scripts find the same company", async () => {
  const microsoft = byCompany("microsoft").map((d) => d.id).sort();
  for (const q of ["마이크로소프트와", "마이크로소프트", "Microsoft", "ㅁㅇㅋㄹㅅㅍㅌ"]) {
    const { page, context } = await open(`/deals?q=${encodeURIComponent(q)}`);
    const shown = await dealIds(page);
    for (const id of microsoft) assert.ok(shown.includes(id), `q=${q} finds Microsoft deal ${id}`);
    await context.close();
  }
  const aws = new Set(byCompany("aws").map((d) => d.id));
  for (const q of ["aws", "AWS", "아마존웹서비스", "Amazon Web Services"]) {
    const { page, context } = await open(`/companies?q=${encodeURIComponent(q)}`);
    const ids = await page.$$eval("tr[data-company-id]", (rows) => rows.map((r) => r.getAttribute("data-company-id")));
    assert.ok(ids.includes("aws"), `q=${q} lists the AWS company`);
    await context.close();
  }
  assert.ok(aws.size >= 0);
});

test("typing replaces the history entry, clicks push one, and Back/Forward walk the steps", async () => {
  const { page, log, context } = await open("/deals");
  const all = await resultCount(page);
  const start = await page.evaluate(() => history.length);

  await page.locator('[data-testid="search"]').pressSequentially("마이크로소프트");
  await page.waitForFunction(() => location.hash.includes("q="));
  assert.equal(await page.evaluate(() => history.length), start, "typing does not add history entries");
  const typed = await resultCount(page);
  assert.ok(typed < all, "search narrows the rows");

  await page.locator('[data-facet="kind"] li[data-value="contract"] input[type="checkbox"]').check();
  await page.waitForFunction(() => location.hash.includes("kind=contract"));
  const narrowed = await resultCount(page);
  assert.equal(await page.evaluate(() => history.length), start + 1, "a facet click pushes one entry");

  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes("kind="));
  assert.equal(await resultCount(page), typed, "Back restores the rows");
  assert.equal(await page.inputValue('[data-testid="search"]'), "마이크로소프트", "Back keeps the query");

  await page.goForward();
  await page.waitForFunction(() => location.hash.includes("kind=contract"));
  assert.equal(await resultCount(page), narrowed, "Forward restores the rows");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a closed facet renders its values when opened, and they filter", async () => {
  const { page, log, context } = await open("/deals");
  const country = page.locator('details[data-facet="country"]');
  assert.equal(await country.evaluate((d) => d.open), false, "country starts closed");
  assert.equal(await country.locator("li").count(), 0, "a closed facet has no rows in the DOM");
  await country.locator("summary").click();
  const first = country.locator("li[data-value]").first();
  await first.waitFor();
  const value = await first.getAttribute("data-value");
  const count = Number(await first.locator(".count").textContent());
  await first.locator('input[type="checkbox"]').check();
  await page.waitForFunction((v) => location.hash.includes(`country=${v}`), value);
  assert.equal(await resultCount(page), count, "the facet's count is the number of rows");
  assert.equal(await country.evaluate((d) => d.open), true, "a facet with a selection stays open");
  // Typing keeps the opened facet's values on screen.
  await page.locator('[data-testid="search"]').pressSequentially("클라우드");
  await page.waitForFunction(() => location.hash.includes("q="));
  assert.ok((await country.locator("li[data-value]").count()) >= 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the kind facet keeps every kind in a fixed order; counts follow the view", async () => {
  const { page, log, context } = await open("/deals");
  const kinds = page.locator('[data-facet="kind"] li[data-value]');
  const order = await kinds.evaluateAll((lis) => lis.map((li) => li.dataset.value));
  assert.deepEqual(order, ["partnership", "contract", "investment", "acquisition", "lease", "equity_swap", "customer", "spin_off"]);
  const countOf = (kind) => page.locator(`[data-facet="kind"] li[data-value="${kind}"] .count`).textContent().then(Number);
  for (const kind of order) {
    assert.equal(await countOf(kind), exported.deals.filter((d) => d.kind === kind).length, kind);
  }
  // Keep a node to check it survives typing.
  await page.evaluate(() => (window.__kindNode = document.querySelector('[data-facet="kind"] li[data-value="lease"]')));
  await page.locator('[data-testid="search"]').pressSequentially("마이크로소프트");
  await page.waitForFunction(() => location.hash.includes("q="));
  const matching = await dealIds(page);
  assert.deepEqual(await kinds.evaluateAll((lis) => lis.map((li) => li.dataset.value)), order, "same values, same order");
  for (const kind of order) {
    const n = matching.filter((id) => exported.deals.find((d) => d.id === id)?.kind === kind).length;
    assert.equal(await countOf(kind), n, `${kind} after typing`);
    const box = page.locator(`[data-facet="kind"] li[data-value="${kind}"] input[type="checkbox"]`);
    assert.equal(await box.isDisabled(), n === 0, `${kind}: a kind with no deals in the view cannot be checked`);
  }
  assert.ok(await page.evaluate(() => window.__kindNode.isConnected), "the list was updated, not rebuilt");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a long facet lists its first ten values until asked for more", async () => {
  const { page, log, context } = await open("/deals");
  const company = page.locator('[data-facet="company"]');
  const rows = company.locator("li[data-value]");
  const withDeals = new Set(exported.deals.flatMap((d) => d.parties)).size;
  assert.ok(withDeals > 10, "the seeds have more than ten companies with deals");
  assert.equal(await rows.count(), 10);
  const more = company.locator("button.more-values");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  assert.match(await more.textContent(), new RegExp(`\\(${Math.min(withDeals, 40) - 10}\\)`), "the button says how many are hidden");
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('[data-facet="company"] li[data-value]').length > 10);
  assert.equal(await rows.count(), Math.min(withDeals, 40));
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  // A value picked from the expanded list stays listed once the list is folded again.
  const last = rows.last();
  const id = await last.getAttribute("data-value");
  await last.locator('input[type="checkbox"]').check();
  await page.waitForFunction((v) => location.hash.includes(`company=${v}`), id);
  await company.locator("button.more-values").click();
  await page.waitForFunction(() => document.querySelector('[data-facet="company"] button.more-values')?.getAttribute("aria-expanded") === "false");
  assert.equal(await company.locator(`li[data-value="${id}"] input`).isChecked(), true, "the selected value is still listed");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the overview lists the articles newest first, with their number", async () => {
  const { page, log, context } = await open("/");
  const listed = await page.$$eval("[data-testid=articles] li[data-article-id]", (xs) => xs.map((x) => x.dataset.articleId));
  // Newest first by publication date (ISO strings compare as dates), undated last, ties in
  // dataset order; the seeds are fewer than the twenty listed at first, so no button.
  const want = exported.articles
    .map((a, i) => ({ id: a.id, date: a.date ?? "", i }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1))
    .map((a) => a.id);
  assert.deepEqual(listed, want);
  assert.match(await page.locator("main h2", { hasText: "기사" }).last().textContent(), new RegExp(`\\(${exported.articles.length}\\)`));
  assert.equal(await page.locator("[data-testid=more-articles]").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a query with no results keeps the pictures and the table header in place", async () => {
  const { page, log, context } = await open("/deals");
  const boxes = () => page.evaluate(() => [".timeline-picture", ".amounts-picture", "table.deals thead"].map((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? [Math.round(r.left), Math.round(r.top), Math.round(r.width)] : null;
  }));
  const before = await boxes();
  await page.locator('[data-testid="search"]').fill("ㅋㅌㅋㅌㅋㅌ");
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.textContent === "0");
  await page.waitForFunction(() => document.documentElement.dataset.view === location.hash.slice(1));
  assert.ok(await page.locator('[data-testid="no-results"]').isVisible(), "what to try instead");
  assert.ok(await page.locator('[data-testid="amounts-none"]').isVisible(), "the amounts picture says why it is empty");
  assert.deepEqual(await boxes(), before, "nothing moved");
  assert.equal(await page.locator("[data-deal-id]").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the amounts picture's range chip clears the range, with dots or without", async () => {
  for (const hash of ["/deals?min=1000000&max=100000000000", "/deals?q=%E3%85%8B%E3%85%8C%E3%85%8B%E3%85%8C&min=1"]) {
    const { page, log, context } = await open(hash);
    const chip = page.locator("[data-testid=amounts-range]");
    assert.ok(await chip.isVisible(), hash);
    await chip.locator("button").click();
    await page.waitForFunction(() => !location.hash.includes("min="));
    assert.ok(!page.url().includes("max="), hash);
    assert.equal(await chip.count(), 0);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("a link that opens a deal far down the table scrolls to it", async () => {
  const { page, log, context } = await open("/deals", { viewport: { width: 1280, height: 700 } });
  const ids = await dealIds(page);
  const last = ids[ids.length - 1];
  await page.evaluate((id) => { location.hash = `#/deals?open=${id}`; }, last);
  const evidence = page.locator(`[data-evidence-for="${last}"]`);
  await evidence.waitFor();
  await page.waitForFunction((id) => {
    const r = document.querySelector(`tr[data-deal-id="${id}"]`)?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= innerHeight;
  }, last);
  assert.ok(await evidence.isVisible());
  // Opening a row that is already on screen leaves the page where it is. The table's first
  // row, by id: until the scroll's re-render, the rows rendered are those around the last one.
  await page.evaluate(() => scrollTo(0, 0));
  const first = page.locator(`tr[data-deal-id="${ids[0]}"]`);
  await first.locator(".row-toggle").click();
  await page.waitForFunction(() => location.hash.includes("open="));
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => scrollY), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the reader scrolling away while a linked row is brought on screen is never pulled back", async () => {
  const { page, log, context } = await open("/deals", { viewport: { width: 1280, height: 700 } });
  const ids = await dealIds(page);
  const frames = (n) => page.evaluate((n) => new Promise((done) => {
    const next = () => (--n ? requestAnimationFrame(next) : done());
    requestAnimationFrame(next);
  }), n);
  // Open the last deal and scroll back to the top as a reader's wheel would, while the app's
  // checks of the row are still to come: in the next frame after the app has scrolled to it,
  // and in the same frame (before the browser has told the page about the app's scroll).
  for (const poll of ["requestAnimationFrame", "setTimeout"]) {
    await page.evaluate(([id, poll]) => new Promise((done) => {
      location.hash = `#/deals?open=${id}`;
      const check = () => (scrollY > 0 ? (scrollTo(0, 0), done()) : window[poll](check));
      window[poll](check);
    }), [ids[ids.length - 1], poll]);
    await frames(12);
    assert.equal(await page.evaluate(() => scrollY), 0, poll);
    await page.locator(`tr[data-deal-id="${ids[0]}"]`).waitFor({ timeout: 2000 });
    await page.evaluate(() => { location.hash = "#/deals"; });
    await frames(4);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a URL reproduces the view exactly: sort, filters and the open row", async () => {
  const hash = `/deals?company=microsoft&sort=-amount&open=${aDeal.id}`;
  const first = await open(hash);
  const rows = await dealIds(first.page);
  assert.ok(await first.page.locator(`[data-evidence-for="${aDeal.id}"]`).isVisible(), "evidence row open");
  const evidence = await first.page.textContent(`[data-evidence-for="${aDeal.id}"] blockquote`);
  assert.equal(evidence.trim(), aDeal.evidence.trim(), "evidence sentence is the extracted one");
  const url = first.page.url();
  await first.context.close();

  const second = await open(new URL(url).hash.slice(1));
  assert.deepEqual(await dealIds(second.page), rows);
  assert.ok(await second.page.locator(`[data-evidence-for="${aDeal.id}"]`).isVisible());
  assert.equal(fragment(second.page), fragment({ url: () => url }));
  await second.context.close();
});

test("copy link copies the current URL; reset clears the filters", async () => {
  const { page, context, log } = await open("/deals?company=microsoft&kind=partnership");
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="copy-link"]').textContent.includes("링크 복사"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());

  await page.click('[data-testid="reset"]');
  await page.waitForFunction(() => !location.hash.includes("company="));
  assert.equal(await resultCount(page), exported.deals.length);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("keyboard: '/' focuses the search box and Esc clears it", async () => {
  const { page, context } = await open("/deals?q=KT");
  await page.click("h1");
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !location.hash.includes("q="));
  assert.equal(await page.inputValue('[data-testid="search"]'), "");
  await context.close();
});

test("sectors are named in the interface's language, in the facet, the table and a profile", async () => {
  // The labels as the knowledge base declares them (its `sector` table).
  const kb = await readFile(`${ROOT}crates/corpus/data/companies.toml`, "utf8");
  const labels = new Map([...kb.matchAll(/\{ id = "([^"]+)", ko = "([^"]+)", en = "([^"]+)" \}/g)].map((m) => [m[1], { ko: m[2], en: m[3] }]));
  const company = exported.companies.find((c) => c.sectors.length >= 2 && byCompany(c.id).length > 0);
  assert.ok(company && company.sectors.every((s) => labels.has(s)), "a company with two labelled sectors");
  for (const lang of ["ko", "en"]) {
    const names = company.sectors.map((s) => labels.get(s)[lang]).join(", ");
    const { page, log, context } = await open(`/companies/${company.id}${lang === "en" ? "?lang=en" : ""}`);
    assert.ok((await page.textContent(".meta")).includes(names), `${lang}: the profile says ${names}`);
    await context.close();
    const list = await open(`/companies${lang === "en" ? "?lang=en" : ""}`);
    const row = list.page.locator("tbody tr", { has: list.page.locator(`a[href="#/companies/${company.id}"], a[href="#/companies/${company.id}?lang=en"]`) }).first();
    assert.ok((await row.textContent()).includes(names), `${lang}: the table row says ${names}`);
    const facet = list.page.locator('details[data-facet="sector"]');
    await facet.locator("summary").click();
    const item = facet.locator(`li[data-value="${company.sectors[0]}"] .name`);
    await item.waitFor();
    assert.equal(await item.textContent(), labels.get(company.sectors[0])[lang]);
    assert.deepEqual([...log.errors, ...list.log.errors], []);
    await list.context.close();
  }
});

test("one column (a phone): the filter panel starts closed, the results are on the first screen", async () => {
  const { page, log, context } = await open("/deals", { viewport: { width: 390, height: 844 } });
  const panel = page.locator("aside.facets details.filters");
  assert.equal(await panel.evaluate((d) => d.open), false, "closed at first");
  const top = await page.locator("[data-testid=result-count]").evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top < 844, `the result count is on the first screen (at ${top}px)`);
  await panel.locator("summary").first().click();
  await page.locator('details[data-facet="kind"] li[data-value]').first().waitFor();
  assert.ok(await page.locator('details[data-facet="kind"] li[data-value]').first().isVisible(), "opened by its title");
  assert.deepEqual(log.errors, []);
  await context.close();
  const wide = await open("/deals");
  assert.equal(await wide.page.locator("aside.facets details.filters").evaluate((d) => d.open), true, "open beside the results");
  await wide.context.close();
});

test("the language toggle is kept in the URL", async () => {
  const { page, context } = await open("/deals?company=microsoft");
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction(() => location.hash.includes("lang=en"));
  assert.match(await page.textContent("h1"), /Deals/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await context.close();
});

test("export this view downloads exactly the filtered rows", async () => {
  const expected = byCompany("microsoft");
  const { page, context } = await open("/deals?company=microsoft");
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-csv"]')]);
  const csv = await readFile(await csvDownload.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFF"), "CSV starts with a BOM for spreadsheets");
  for (const d of expected) assert.ok(csv.includes(d.id), `CSV has deal ${d.id}`);
  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-json"]')]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), "utf8"));
  const ids = (json.deals ?? json).map((d) => d.id).sort();
  assert.deepEqual(ids, expected.map((d) => d.id).sort());
  await context.close();
});

test("a stale or hostile link still renders, says what it ignored, and injects nothing", async () => {
  const hostile = [
    "/deals?company=no-such-company",
    "/deals?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/deals?min=-5&max=NaN&from=2024&to=2019",
    "/deals?q=%E0%A4%A&kind=bogus",
    "/companies/no-such-company",
    "/articles/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  ];
  for (const hash of hostile) {
    const { page, log, context } = await open(hash);
    assert.equal(await page.locator("script:not([type])").count(), 0, `${hash}: no injected script`);
    assert.equal(await page.locator("img[onerror], [onerror]").count(), 0, `${hash}: no injected handler`);
    const notice = await page.locator('[data-testid="ignored-notice"]').count();
    const notFound = await page.locator('[data-testid="not-found"]').count();
    assert.ok(notice + notFound > 0 || hash.includes("script"), `${hash}: tells the user`);
    assert.deepEqual(log.errors, [], `${hash}: console errors`);
    await context.close();
  }
});

test("a no-results view suggests removing a filter", async () => {
  const { page, context } = await open("/deals?company=microsoft&kind=lease");
  assert.ok(await page.locator('[data-testid="no-results"]').isVisible());
  // Each way out is named as the filter panel names the filter, in the page's language.
  const panelTitles = await page.$$eval('details[data-facet="company"] > summary, details[data-facet="kind"] > summary', (e) => e.map((x) => x.textContent.trim()));
  const offered = await page.$$eval('[data-testid="no-results"] button', (e) => e.map((x) => x.textContent.replace("✕", "").trim()));
  assert.deepEqual(offered.sort(), panelTitles.sort());
  await page.locator('[data-testid="no-results"] button').first().click();
  await page.waitForFunction(() => !location.hash.includes("company=") || !location.hash.includes("kind="));
  assert.ok((await resultCount(page)) > 0);
  await context.close();
});
