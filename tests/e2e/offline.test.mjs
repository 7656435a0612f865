// Static hosting and offline use: any sub-path, nothing fetched from elsewhere, a strict CSP
// with no violation, integrity hashes that match, offline reload of a deep link after one
// visit, a clean cache swap on a new build, and standalone.html from file://.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST_DIR, serveDist, launch, watchedPage, appReady, resultCount } from "./harness.mjs";

const index = readFileSync(join(DIST_DIR, "index.html"), "utf8");
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Records CSP violations reported in the page. */
const RECORD_CSP = () => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test("index.html uses relative asset URLs and carries a strict CSP", () => {
  const refs = [...index.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  // The icon is inlined (data:), so it is never fetched again on each URL change. The
  // prerendered first screen links within the page (`#/…`).
  for (const ref of refs) assert.ok(ref.startsWith("./") || ref.startsWith("#/") || ref.startsWith("data:image/"), `relative: ${ref.slice(0, 60)}`);
  // An SVG icon stays text in its data: URL (it compresses with the page), with the characters
  // that would end the attribute or the tag escaped.
  const icon = /<link rel="icon" href="data:image\/svg\+xml,([^"]+)" type="image\/svg\+xml">/.exec(index)?.[1];
  assert.ok(icon, "the icon is an inline SVG");
  assert.doesNotMatch(icon, /[<>#\r\n]/);
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(index)?.[1] ?? "";
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.doesNotMatch(csp, /'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  // The stylesheet is inlined (a linked one would hold the first frame back by a request) and
  // allowed by its hash alone: no style attributes, no other style elements.
  assert.doesNotMatch(index, /rel="stylesheet"/);
  const styles = [...index.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1, "one inline stylesheet");
  const styleHash = createHash("sha256").update(styles[0]).digest("base64");
  assert.ok(csp.includes(`style-src 'sha256-${styleHash}';`), `style-src allows the stylesheet by its hash: ${csp}`);
});

test("integrity hashes match the files they guard", () => {
  const tags = [...index.matchAll(/<link\b[^>]*integrity="([^"]+)"[^>]*>/g)];
  assert.ok(tags.length >= 2, "js and wasm carry integrity");
  for (const [tag, integrity] of tags) {
    const href = /href="\.\/([^"]+)"/.exec(tag)[1];
    const [algo, want] = integrity.split("-");
    const got = createHash(algo).update(readFileSync(join(DIST_DIR, href))).digest("base64");
    assert.equal(got, want, `integrity of ${href}`);
  }
});

for (const base of ["/", "/some/deep/path/"]) {
  test(`served at ${base}: deep links work, nothing leaves the origin, no CSP violation`, async () => {
    const server = await serveDist(base);
    const { page, log, context } = await watchedPage(browser, server.origin);
    await page.addInitScript(RECORD_CSP);
    for (const hash of ["#/", "#/deals?company=microsoft", "#/companies", "#/companies/microsoft"]) {
      await page.goto(`${server.url}${hash}`);
      await appReady(page);
    }
    await page.click('[data-testid="lang-toggle"]');
    // The inline stylesheet applies (the CSP let it through): the body has its font list.
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /Apple SD Gothic Neo/);
    // The inlined icon decodes as an image under the same CSP.
    const iconWidth = await page.evaluate(() => new Promise((done) => {
      const img = new Image();
      img.onload = () => done(img.naturalWidth);
      img.onerror = () => done(0);
      img.src = document.querySelector('link[rel="icon"]').href;
    }));
    assert.ok(iconWidth > 0, "the icon decodes");
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(log.offOrigin, []);
    assert.deepEqual(log.failed, []);
    assert.deepEqual(log.errors, []);
    await context.close();
    await server.close();
  });
}

test("after one visit, a deep link reloads with the network off", async () => {
  const server = await serveDist("/app/");
  const { page, log, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  const deep = `${server.url}#/deals?company=microsoft`;
  await page.goto(deep);
  await appReady(page);
  assert.ok((await resultCount(page)) > 0, "rows render offline");
  const fresh = await context.newPage();
  await fresh.goto(deep);
  await appReady(fresh);
  assert.ok((await resultCount(fresh)) > 0, "a new tab opens offline too");
  // Article texts live in chunks the worker precached: the reader works offline too.
  await fresh.goto(`${server.url}#/`);
  await appReady(fresh);
  const id = await fresh.getAttribute("li[data-article-id]", "data-article-id");
  await fresh.goto(`${server.url}#/articles/${id}`);
  await appReady(fresh);
  await fresh.waitForSelector(".article-text a.mention", { timeout: 10000 });
  assert.equal(await fresh.locator('[data-testid="text-error"]').count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
  await server.close();
});

test("a new build replaces the old cache; old and new files never mix", async () => {
  const next = mkdtempSync(join(tmpdir(), "explorer-next-"));
  cpSync(DIST_DIR, next, { recursive: true });
  // A new build: another version of the worker (the post-build hook derives it from content).
  const sw = readFileSync(join(next, "sw.js"), "utf8");
  const oldVersion = /const VERSION = "([^"]+)"/.exec(sw)[1];
  writeFileSync(join(next, "sw.js"), sw.replace(oldVersion, `${oldVersion}-next`));

  const root = { dir: DIST_DIR };
  const server = await serveDist("/", root);
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`explorer-${oldVersion}`]);

  root.dir = next;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(
    (v) => caches.keys().then((k) => k.length === 1 && k[0] === `explorer-${v}-next`),
    oldVersion,
    { timeout: 15000, polling: 200 },
  );
  await page.reload();
  await appReady(page);
  assert.ok((await resultCount(page).catch(() => 1)) >= 0);
  await context.close();
  await server.close();
  rmSync(next, { recursive: true, force: true });
});

test("standalone.html works from file://, deep links included", async () => {
  // The reader reads its chunk from the page (fetch does not work from file://).
  const files = readdirSync(DIST_DIR);
  assert.ok(files.includes("standalone.html"), "the release build writes standalone.html");
  const { page, log, context } = await watchedPage(browser, "file://");
  await page.addInitScript(RECORD_CSP);
  await page.goto(`file://${join(DIST_DIR, "standalone.html")}#/deals?company=microsoft`);
  await appReady(page);
  assert.ok((await resultCount(page)) > 0);
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction(() => location.hash.includes("lang=en"));
  await page.goto(`file://${join(DIST_DIR, "standalone.html")}#/`);
  await appReady(page);
  const id = await page.getAttribute("li[data-article-id]", "data-article-id");
  await page.goto(`file://${join(DIST_DIR, "standalone.html")}#/articles/${id}`);
  await appReady(page);
  await page.waitForSelector(".article-text a.mention", { timeout: 10000 });
  assert.equal(await page.locator('[data-testid="text-error"]').count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.offOrigin.filter((u) => !u.startsWith("file://")), []);
  await context.close();
});
