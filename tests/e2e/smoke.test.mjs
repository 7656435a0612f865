// The built page loads from a sub-path, lists the seed articles and logs no error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { watchedPage, appReady, servedSite } from "./harness.mjs";

const seedIds = readdirSync(new URL("../../seeds/", import.meta.url))
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));

let server;
let browser;
servedSite("/some/deep/path/", null, (s, b) => {
  server = s;
  browser = b;
});

test("every seed article is listed and the console stays clean", async () => {
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await appReady(page);
  for (const id of seedIds) {
    assert.equal(await page.locator(`[data-article-id="${id}"]`).count() > 0, true, `article ${id} listed`);
  }
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(log.offOrigin, []);
  await context.close();
});
