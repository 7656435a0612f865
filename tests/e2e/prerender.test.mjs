// The deals table's first screen is baked into index.html at build time
// (scripts/prerender.mjs): painted before the wasm runs, only for its own URL, never
// interactive, and replaced by the live app with the same rows.

import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, appReady, servedSite } from "./harness.mjs";

let server;
let browser;
servedSite("/", null, (s, b) => {
  server = s;
  browser = b;
});

/** Opens `hash` with the wasm never arriving: what index.html alone shows. */
async function withoutWasm(hash) {
  const { page, context } = await watchedPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  const csp = [];
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && csp.push(m.text()));
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(`${server.url}${hash}`);
  await page.waitForLoadState("load");
  return { page, context, csp };
}

const copyRows = (page) => page.$$eval("[data-prerender] tr[data-deal-id]", (rows) => rows.map((r) => r.dataset.dealId));

test("index.html alone paints the deals table's first screen, inert", async () => {
  const { page, context, csp } = await withoutWasm("#/deals");
  const copy = await page.evaluate(() => {
    const e = document.querySelector('[data-prerender="/deals"]');
    const row = e?.querySelector("tr[data-deal-id]");
    return e && { hidden: e.hidden, inert: e.inert, rowShown: row ? row.getBoundingClientRect().height > 0 : false, copies: document.querySelectorAll("[data-prerender]").length };
  });
  assert.ok(copy, "the copy for /deals is there");
  assert.deepEqual(copy, { hidden: false, inert: true, rowShown: true, copies: 1 });
  assert.ok((await copyRows(page)).length >= 5, "it holds the first rows");
  assert.ok(Number(await page.textContent("[data-prerender] [data-testid=result-count]")) >= 5, "with the result count");
  // Inert: a click on a row's toggle opens nothing, the search box takes no focus.
  await page.click("[data-prerender] .row-toggle", { force: true }).catch(() => {});
  assert.equal(await page.$$eval("[data-prerender] [aria-expanded=true]", (e) => e.length), 0);
  await page.focus("[data-prerender] [data-testid=search]").catch(() => {});
  assert.notEqual(await page.evaluate(() => document.activeElement?.dataset.testid), "search");
  assert.deepEqual(csp, [], "the chooser script is allowed by the CSP");
  await context.close();
});

test("any other URL shows no copy: never another view's rows", async () => {
  for (const hash of ["#/deals?q=%EB%A7%88%EC%9D%B4%ED%81%AC%EB%A1%9C", "#/deals?lang=en", "#/companies", "#/", ""]) {
    const { page, context } = await withoutWasm(hash);
    const left = await page.evaluate(() => ({ copies: document.querySelectorAll("[data-prerender]").length, rows: document.querySelectorAll("[data-deal-id]").length }));
    assert.deepEqual(left, { copies: 0, rows: 0 }, `nothing prerendered at '${hash}'`);
    await context.close();
  }
});

test("the app replaces the copy with the same rows, live", async () => {
  const blocked = await withoutWasm("#/deals");
  const copied = await copyRows(blocked.page);
  const copiedCount = await blocked.page.textContent("[data-prerender] [data-testid=result-count]");
  await blocked.context.close();

  const { page, log, context } = await watchedPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}#/deals`);
  await appReady(page);
  const live = await page.evaluate(() => ({
    copies: document.querySelectorAll("[data-prerender]").length,
    tables: document.querySelectorAll("table.deals").length,
    ids: [...document.querySelectorAll("tr[data-deal-id]")].map((r) => r.dataset.dealId),
  }));
  assert.equal(live.copies, 0, "the copy is gone");
  assert.equal(live.tables, 1, "one table");
  assert.deepEqual(live.ids.slice(0, copied.length), copied, "the copy's rows are the live table's first rows");
  assert.equal(await page.textContent("[data-testid=result-count]"), copiedCount, "the same count");
  await page.click("tr[data-deal-id] .row-toggle");
  assert.equal(await page.$$eval("[aria-expanded=true]", (e) => e.length), 1, "the live rows open");
  assert.deepEqual(log.errors, []);
  await context.close();
});
