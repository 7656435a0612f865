// The pictures are filters: clicking a network node, brushing the timeline and brushing the
// amount axis each change the URL and the deal rows exactly as the equivalent filter would.

import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, appReady, servedSite, dealIds } from "./harness.mjs";

let server;
let browser;
servedSite("/a/sub/path/", null, (s, b) => {
  server = s;
  browser = b;
});

/** The URL fragment's query as URLSearchParams. */
function params(page) {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf("?") + 1));
}


/** Opens `#<fragment>` in a fresh page and returns its deal rows. */
async function rowsOf(fragment) {
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#${fragment}`);
  await appReady(page);
  const ids = await dealIds(page);
  await context.close();
  return ids;
}

/** Drags with the mouse from the centre of `from` to the centre of `to`, in small steps. */
async function drag(page, from, to) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

test("clicking a network node filters to that company, like #/deals?company=<id>", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/network`);
  await appReady(page);
  const nodes = page.locator("[data-testid=network] [data-company-id]");
  assert.ok((await nodes.count()) >= 10, "the seed network has companies");
  assert.ok((await page.locator("[data-testid=network] path[data-deal-id]").count()) >= 10, "and deals");
  // The biggest node is drawn last (on top); click it.
  const node = nodes.last();
  const id = await node.getAttribute("data-company-id");
  await node.click();
  await page.waitForFunction((c) => location.hash.includes(`company=${c}`), id);
  assert.deepEqual(params(page).getAll("company"), [id]);
  assert.ok(page.url().includes("#/network?"), "stays on the network page");
  const rows = await dealIds(page);
  assert.ok(rows.length > 0);
  assert.deepEqual(rows, await rowsOf(`/deals?company=${encodeURIComponent(id)}`));
  // Every drawn line now belongs to one of those rows.
  const edges = await page.locator("[data-testid=network] path[data-deal-id]").evaluateAll((es) => es.map((e) => e.dataset.dealId));
  assert.ok(edges.every((e) => rows.includes(e)), "edges follow the filter");
  // Enter on the focused node toggles it off again.
  await page.locator(`[data-testid=network] [data-company-id="${id}"]`).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !location.hash.includes("company="));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("clicking a network line opens that deal on the deals page", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/network`);
  await appReady(page);
  const edge = page.locator("[data-testid=network] path[data-deal-id]").first();
  const id = await edge.getAttribute("data-deal-id");
  await edge.dispatchEvent("click");
  await page.waitForFunction(() => location.hash.startsWith("#/deals"));
  assert.equal(params(page).get("open"), id);
  assert.equal(await page.locator(`[data-evidence-for="${id}"]`).count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("zoom buttons change the viewBox and reset restores it", async () => {
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/network`);
  await appReady(page);
  const svg = page.locator("[data-testid=network]");
  const initial = await svg.getAttribute("viewBox");
  await page.click("[data-testid=zoom-in]");
  assert.notEqual(await svg.getAttribute("viewBox"), initial);
  await page.click("[data-testid=zoom-reset]");
  assert.equal(await svg.getAttribute("viewBox"), initial);
  await context.close();
});

test("brushing the timeline sets from/to and the rows of #/deals?from=&to=", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/deals`);
  await appReady(page);
  const years = page.locator("[data-testid=timeline] [data-year]");
  const all = await years.evaluateAll((ys) => ys.map((y) => Number(y.dataset.year)));
  assert.ok(all.length >= 3, "the seed deals span several years");
  const [a, b] = [all[all.length - 4], all[all.length - 1]];
  await drag(page, years.nth(all.length - 4), years.nth(all.length - 1));
  await page.waitForFunction(() => location.hash.includes("from="));
  assert.equal(params(page).get("from"), String(a));
  assert.equal(params(page).get("to"), String(b));
  const rows = await dealIds(page);
  assert.deepEqual(rows, await rowsOf(`/deals?from=${a}&to=${b}`));
  assert.ok(rows.length > 0);
  // Keyboard: Enter picks one year; Shift+← widens the range to the left.
  const last = page.locator(`[data-testid=timeline] [data-year="${b}"]`);
  await last.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((y) => location.hash.includes(`from=${y}&to=${y}`), b);
  await page.locator(`[data-testid=timeline] [data-year="${b}"]`).focus();
  await page.keyboard.press("Shift+ArrowLeft");
  await page.waitForFunction((y) => location.hash.includes(`from=${y - 1}&to=${y}`), b);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("brushing the amount axis sets min/max and the rows of #/deals?min=&max=", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/deals`);
  await appReady(page);
  const svg = page.locator("[data-testid=amounts]");
  const dots = svg.locator("circle[data-deal-id]");
  assert.ok((await dots.count()) >= 1, "some seed deals have a USD amount");
  const box = await svg.boundingBox();
  // Brush the whole axis: every dot is inside, so every dot's deal must be a row.
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes("min="));
  const min = Number(params(page).get("min"));
  const max = Number(params(page).get("max"));
  assert.ok(min > 0 && max > min, `${min}..${max}`);
  const rows = await dealIds(page);
  assert.deepEqual(rows, await rowsOf(`/deals?min=${min}&max=${max}`));
  const dotIds = await dots.evaluateAll((ds) => ds.map((d) => d.dataset.dealId));
  assert.deepEqual([...rows].sort(), [...dotIds].sort());
  // Keyboard: Enter on a decade sets that decade.
  const decade = svg.locator("[data-decade]").first();
  const k = Number(await decade.getAttribute("data-decade"));
  await decade.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction((m) => location.hash.includes(`min=${m}&`), 10 ** k);
  assert.equal(Number(params(page).get("max")), 10 ** (k + 1));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("each picture has a text alternative and the network page logs no error", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/network?lang=en`);
  await appReady(page);
  assert.equal(await page.locator(".picture details.chart-data").count(), 3);
  await page.locator(".timeline-picture details.chart-data summary").click();
  assert.ok((await page.locator(".timeline-picture details.chart-data tbody tr").count()) >= 1);
  // The amounts table builds its rows only once opened.
  const amountRows = page.locator(".amounts-picture details.chart-data tbody tr");
  assert.equal(await amountRows.count(), 0);
  await page.locator(".amounts-picture details.chart-data summary").click();
  await page.waitForFunction(() => document.querySelectorAll(".amounts-picture details.chart-data tbody tr").length > 0);
  assert.equal(
    await amountRows.count(),
    await page.locator(".amounts-picture [data-deal-id]").count(),
    "one row per dot",
  );
  assert.equal(await page.locator("nav a[aria-current=page]").innerText(), "Network");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  await context.close();
});
