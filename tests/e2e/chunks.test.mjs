// Article texts come in lazily loaded chunks (dist/data/<hash>.bin): the reader and a
// company's mentions fetch them relative to the page, a failed or damaged chunk shows an
// error with a retry button, and retrying after the network is back shows the text.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DIST_DIR, watchedPage, appReady, servedSite } from "./harness.mjs";

let server;
let browser;
servedSite("/sub/path/", null, (s, b) => {
  server = s;
  browser = b;
});

async function open(hash, setup = async () => {}) {
  const { page, log, context } = await watchedPage(browser, server.origin);
  const chunkRequests = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".bin")) chunkRequests.push(r.url());
  });
  await setup(page);
  await page.goto(`${server.url}#${hash}`);
  await appReady(page);
  return { page, log, context, chunkRequests };
}

async function firstArticle() {
  const { page, context } = await open("/");
  const id = await page.getAttribute("li[data-article-id]", "data-article-id");
  await context.close();
  return id;
}

test("dist/data holds the chunk files", () => {
  const files = readdirSync(join(DIST_DIR, "data"));
  assert.ok(files.length > 0, "at least one chunk");
  for (const f of files) assert.match(f, /^[0-9a-f]{16}\.bin$/);
});

test("start-up fetches no chunk; the reader fetches its chunk relative to the page", async () => {
  const { page, log, context, chunkRequests } = await open("/deals");
  assert.deepEqual(chunkRequests, [], "the deals page needs no text");
  await context.close();

  const article = await firstArticle();
  const reader = await open(`/articles/${article}`);
  await reader.page.waitForSelector(".article-text p", { timeout: 10000 });
  assert.ok((await reader.page.locator(".article-text a.mention").count()) > 0, "mentions linked");
  assert.ok(reader.chunkRequests.length === 1, `one chunk: ${reader.chunkRequests}`);
  assert.ok(reader.chunkRequests[0].startsWith(`${server.url}data/`), reader.chunkRequests[0]);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(reader.log.errors, []);
  assert.deepEqual(reader.log.failed, []);
  await reader.context.close();
});

test("a company profile shows its mentioning sentences from the chunks", async () => {
  const { page, log, context } = await open("/companies/microsoft");
  await page.waitForSelector('[data-testid="mentions"] li mark', { timeout: 10000 });
  assert.ok((await page.locator('[data-testid="mentions"] [data-article-id]').count()) > 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a failed chunk fetch shows an error with retry; retry loads the text", async () => {
  const article = await firstArticle();
  let block = true;
  const { page, context } = await open(`/articles/${article}`, async (p) => {
    await p.route("**/data/*.bin", (route) => (block ? route.abort() : route.continue()));
  });
  await page.waitForSelector('[data-testid="text-error"]', { timeout: 10000 });
  assert.match(await page.textContent('[data-testid="text-error"]'), /data\/[0-9a-f]{16}\.bin/);
  block = false;
  await page.click('[data-testid="text-retry"]');
  await page.waitForSelector(".article-text a.mention", { timeout: 10000 });
  assert.equal(await page.locator('[data-testid="text-error"]').count(), 0);
  await context.close();
});

test("a damaged chunk is refused with an error naming the file", async () => {
  const article = await firstArticle();
  const { page, context } = await open(`/articles/${article}`, async (p) => {
    await p.route("**/data/*.bin", (route) =>
      route.fulfill({ status: 200, contentType: "application/octet-stream", body: Buffer.from([1, 2, 3, 4]) }),
    );
  });
  await page.waitForSelector('[data-testid="text-error"]', { timeout: 10000 });
  assert.match(await page.textContent('[data-testid="text-error"]'), /data\/[0-9a-f]{16}\.bin/);
  await context.close();
});
