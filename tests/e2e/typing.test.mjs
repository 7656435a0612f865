// Typing in the search box: the render of a keystroke updates the box, the count and the rows;
// the filter panel and the pictures catch up once that frame is painted, and only then is the
// view marked complete (`<html data-view>`). A click in them meanwhile keeps what was typed.

import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, appReady, servedSite, resultCount } from "./harness.mjs";

let server;
let browser;
servedSite("/", null, (s, b) => {
  server = s;
  browser = b;
});

const QUERY = "마이크로소프트";

/** Opens `#/deals`, fully rendered. */
async function openDeals() {
  const opened = await watchedPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await opened.page.goto(`${server.url}#/deals`);
  await appReady(opened.page);
  await opened.page.waitForFunction(() => document.documentElement.dataset.view === "/deals");
  // Defined through the debugging protocol: the page's CSP rightly forbids `eval`.
  await opened.page.evaluate(`window.__snapshot = ${SNAPSHOT}; window.__typed = ${TYPED}`);
  return opened;
}

// In the page: what the view shows. `facet` is the kind facet's text (its counts).
// `__typed(q, then)` types `q` at the start of a frame, as a key press arrives, and resolves
// with `then()` as soon as the render it causes has changed the result count (a mutation
// observer's callback runs right after that render, before anything later can run).
const SNAPSHOT = () => ({
  count: document.querySelector("[data-testid=result-count]").textContent,
  firstRow: document.querySelector("tr[data-deal-id]")?.dataset.dealId ?? null,
  facet: document.querySelector("[data-facet=kind]").textContent,
  bars: document.querySelector(".pictures").innerHTML,
  view: document.documentElement.dataset.view ?? null,
});

const TYPED = (q, then) =>
  new Promise((resolve) => {
    const count = document.querySelector("[data-testid=result-count]");
    const mo = new MutationObserver(() => {
      mo.disconnect();
      resolve(then());
    });
    mo.observe(count, { childList: true, characterData: true, subtree: true });
    requestAnimationFrame(() => {
      const input = document.querySelector("[data-testid=search]");
      input.value = q;
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    });
  });

test("a keystroke renders the count and rows; the filter panel and pictures follow", async () => {
  const { page, log, context } = await openDeals();
  const before = await page.evaluate(() => window.__snapshot());
  const inFrame = await page.evaluate((q) => window.__typed(q, window.__snapshot), QUERY);
  await page.waitForFunction(() => document.documentElement.dataset.view === location.hash.slice(1));
  const after = await page.evaluate(() => window.__snapshot());

  assert.notEqual(after.count, before.count, "the query changes the count");
  assert.notEqual(after.facet, before.facet, "the query changes the kind counts");
  assert.notEqual(after.bars, before.bars, "the query changes the pictures");
  assert.equal(inFrame.count, after.count, "the count is up to date after the keystroke's render");
  assert.equal(inFrame.firstRow, after.firstRow, "so are the rows");
  assert.equal(inFrame.facet, before.facet, "the filter panel still shows the previous view");
  assert.equal(inFrame.bars, before.bars, "so do the pictures");
  assert.equal(inFrame.view, null, "no view is marked complete while half of it is painted");
  assert.equal(after.view, `/deals?q=${encodeURIComponent(QUERY)}`);
  assert.equal(await resultCount(page), Number(after.count));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a click in the filter panel right after a keystroke keeps what was typed", async () => {
  const { page, log, context } = await openDeals();
  const kind = await page.getAttribute("[data-facet=kind] li[data-value]", "data-value");
  const before = await page.evaluate(() => window.__snapshot());
  const clicked = await page.evaluate(
    ([q, kind]) =>
      window.__typed(q, () => {
        const panel = window.__snapshot();
        document.querySelector(`[data-facet=kind] li[data-value="${kind}"] input[type=checkbox]`).click();
        return panel;
      }),
    [QUERY, kind],
  );
  // The click happened while the panel still showed the view before the keystroke.
  assert.equal(clicked.facet, before.facet, "the click landed while the panel was a frame behind");
  assert.equal(clicked.view, null);
  await page.waitForFunction(() => document.documentElement.dataset.view === location.hash.slice(1));
  const params = new URLSearchParams(new URL(page.url()).hash.split("?")[1]);
  assert.equal(params.get("q"), QUERY, "the typed query stays");
  assert.equal(params.get("kind"), kind, "and the clicked kind is added");
  assert.equal(await page.inputValue("[data-testid=search]"), QUERY);
  // The keystroke's URL was written before the click's new entry: Back shows the typed query.
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.view === location.hash.slice(1));
  assert.equal(new URL(page.url()).hash, `#/deals?q=${encodeURIComponent(QUERY)}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the URL follows a keystroke once its frame is painted; a link copied sooner has it too", async () => {
  const { page, log, context } = await openDeals();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  const inFrame = await page.evaluate((q) => window.__typed(q, () => location.hash), QUERY);
  assert.equal(inFrame, "#/deals", "the keystroke's own frame does not write the URL");
  await page.waitForFunction(() => location.hash !== "#/deals");
  assert.equal(new URL(page.url()).hash, `#/deals?q=${encodeURIComponent(QUERY)}`);
  // Copy link within a keystroke's frame: the URL is written first, so the copy has the query.
  await page.evaluate(() => window.__typed("aws", () => document.querySelector("[data-testid=copy-link]").click()));
  await page.waitForFunction(() => !document.querySelector("[data-testid=copy-link]").textContent.includes("링크 복사"));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).hash, "#/deals?q=aws");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Back within a keystroke's frame never writes the query into the entry it returns to", async () => {
  const { page, log, context } = await openDeals();
  await page.click("a[href='#/companies']");
  await page.waitForFunction(() => document.documentElement.dataset.view === "/companies");
  await page.evaluate(() => window.__typed("aws", () => history.back()));
  await page.waitForFunction(() => document.documentElement.dataset.view === "/deals");
  // A few more frames, in which a late write would land.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assert.equal(new URL(page.url()).hash, "#/deals");
  assert.equal(await page.inputValue("[data-testid=search]"), "");
  await page.goForward();
  await page.waitForFunction(() => document.documentElement.dataset.view?.startsWith("/companies"));
  assert.match(new URL(page.url()).hash, /^#\/companies(\?q=aws)?$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("Back right after a keystroke shows the earlier view whole", async () => {
  const { page, log, context } = await openDeals();
  await page.click("a[href='#/companies']");
  await page.waitForFunction(() => document.documentElement.dataset.view === "/companies");
  await page.fill("[data-testid=search]", "aws");
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.dataset.view === "/deals");
  const state = await page.evaluate(() => ({
    facets: document.querySelectorAll("[data-facet]").length,
    pictures: document.querySelectorAll(".pictures:not(.pending)").length,
    query: document.querySelector("[data-testid=search]").value,
  }));
  assert.equal(state.query, "");
  assert.equal(state.pictures, 1);
  assert.ok(state.facets >= 4);
  assert.deepEqual(log.errors, []);
  await context.close();
});
