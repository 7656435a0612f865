// The site built from bad-but-recoverable seeds (scripts/hostile-seeds → target/seeds-hostile,
// built by scripts/test into target/dist-debug-routes) renders every real article, the UTF-16
// one and the 200,000-character line; nothing is lost and the console stays clean.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { serveDist, launch, watchedPage, appReady } from "./harness.mjs";

const DIST = "target/dist-debug-routes";
const SEEDS = new URL("../../target/seeds-hostile/", import.meta.url);

let server;
let browser;
before(async () => {
  assert.ok(existsSync(SEEDS), "target/seeds-hostile is missing: run scripts/hostile-seeds");
  server = await serveDist("/bad-seeds/", DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a fragment in a fresh page; returns the page and its log. */
async function open(fragment) {
  const opened = await watchedPage(browser, server.origin);
  await opened.page.goto(`${server.url}#${fragment}`);
  await appReady(opened.page);
  return opened;
}

test("every kept article is listed: real seeds, UTF-16, the long line", async () => {
  const expected = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    // Skipped with a warning at build time (empty file, duplicate text).
    .filter((id) => id !== "zz-empty" && id !== "zz-duplicate");
  assert.ok(expected.includes("zz-utf16") && expected.includes("zz-long-line"));
  const { page, log, context } = await open("/");
  try {
    for (const id of expected) {
      assert.ok((await page.locator(`[data-article-id="${id}"]`).count()) > 0, `article ${id} listed`);
    }
    assert.equal(await page.locator('[data-article-id="zz-duplicate"]').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the 200,000-character line renders, cut with a notice", async () => {
  const { page, log, context } = await open("/articles/zz-long-line");
  try {
    assert.equal(await page.locator('[data-article-id="zz-long-line"]').count(), 1);
    const notice = page.locator('[data-testid="reader-truncated"]');
    assert.equal(await notice.count(), 1, "the reader says it shows only the beginning");
    assert.match(await notice.innerText(), /100000 \/ 2\d{5}/);
    assert.ok((await page.locator(".article-text a.mention").count()) > 0, "mentions linked");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the UTF-16 article reads as Korean text", async () => {
  const { page, log, context } = await open("/articles/zz-utf16");
  try {
    assert.match(await page.locator(".article-text").innerText(), /네이버클라우드/);
    assert.equal(await page.locator('[data-testid="reader-truncated"]').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
