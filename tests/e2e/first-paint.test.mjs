// Progressive first paint: the first frame has the deal rows, with empty boxes holding the
// places of the filter panel and the pictures; the next frames fill them in without moving the
// rows, and only then is the page marked ready.

import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, appReady, servedSite } from "./harness.mjs";

let server;
let browser;
servedSite("/", null, (s, b) => {
  server = s;
  browser = b;
});

// Installed before any page script: what the page looked like when the first row appeared.
const RECORD_FIRST_ROW = () => {
  // The app's own first row, not the prerendered copy's (see prerender.test.mjs).
  const live = (sel) => [...document.querySelectorAll(sel)].find((e) => !e.closest("[data-prerender]"));
  const mo = new MutationObserver(() => {
    const row = live("[data-deal-id]");
    if (!row) return;
    mo.disconnect();
    const table = live("table.deals");
    window.__firstRow = {
      placeholders: document.querySelectorAll("[aria-busy=true]").length,
      facetLists: document.querySelectorAll("[data-facet]").length,
      pictures: document.querySelectorAll(".pictures:not(.pending)").length,
      ready: document.querySelector("[data-ready]") !== null,
      view: document.documentElement.dataset.view ?? null,
      tableTop: table.getBoundingClientRect().top,
    };
  });
  mo.observe(document, { childList: true, subtree: true });
};

test("the first frame shows the rows; the filter panel and pictures follow in place", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(RECORD_FIRST_ROW);
  await page.goto(`${server.url}#/deals`);
  await appReady(page);
  const first = await page.evaluate(() => window.__firstRow);
  assert.ok(first, "a deal row appeared");
  assert.equal(first.ready, false, "not marked ready before the rest is rendered");
  assert.equal(first.view, null, "no data-view before the rest is rendered");
  assert.equal(first.facetLists, 0, "the filter panel waits for the second frame");
  assert.equal(first.pictures, 0, "the pictures wait for the second frame");
  assert.ok(first.placeholders >= 2, "empty boxes hold their places");

  const after = await page.evaluate(() => ({
    placeholders: document.querySelectorAll("[aria-busy=true]").length,
    facetLists: document.querySelectorAll("[data-facet]").length,
    pictures: document.querySelectorAll(".pictures:not(.pending)").length,
    view: document.documentElement.dataset.view ?? null,
    tableTop: document.querySelector("table.deals").getBoundingClientRect().top,
  }));
  assert.equal(after.placeholders, 0, "no placeholder is left");
  assert.ok(after.facetLists >= 4, "the filter panel is there");
  assert.equal(after.pictures, 1, "the pictures are there");
  assert.equal(after.view, "/deals", "data-view marks the complete render");
  assert.ok(Math.abs(after.tableTop - first.tableTop) < 40, `the rows barely move (${first.tableTop} → ${after.tableTop})`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("later navigations render everything at once", async () => {
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/companies`);
  await appReady(page);
  await page.evaluate(() => (location.hash = "#/deals?kind=investment"));
  await page.waitForFunction(() => document.documentElement.dataset.view === "/deals?kind=investment");
  const state = await page.evaluate(() => ({
    placeholders: document.querySelectorAll("[aria-busy=true]").length,
    pictures: document.querySelectorAll(".pictures:not(.pending)").length,
    facetLists: document.querySelectorAll("[data-facet]").length,
  }));
  assert.deepEqual(state, { placeholders: 0, pictures: 1, facetLists: state.facetLists });
  assert.ok(state.facetLists >= 4);
  await context.close();
});
