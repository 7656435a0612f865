// Browser-test harness: serves dist/ on a loopback port under a sub-path and drives
// Debian's Chromium headless through playwright-core. Records console errors, failed
// requests and requests that leave the page's origin.

import { before, after } from "node:test";
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/**
 * For a test file: before its tests, serves a built site (`base`, `site` as in `serveDist`) and
 * launches Chromium, handing both to `set(server, browser)`; after them, closes both.
 */
export function servedSite(base, site, set) {
  let server;
  let browser;
  before(async () => {
    server = await serveDist(base, site);
    browser = await launch();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Where the built site is. */
export const DIST_DIR = DIST;

/**
 * Serves a built site at `base` (e.g. "/some/deep/path/") on 127.0.0.1 and a free port.
 * `site` is `dist/` by default, a path relative to the repository root, or `{ dir }`, whose
 * `dir` can be changed while serving (to swap in another build).
 */
export async function serveDist(base = "/", site = null) {
  const root =
    typeof site === "string"
      ? { dir: new URL(`../../${site.replace(/\/?$/, "/")}`, import.meta.url).pathname }
      : site ?? { dir: DIST };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || "index.html";
    rel = normalize(rel).replace(/^(\.\.[/\\])+/, "");
    const path = join(root.dir, rel);
    try {
      const info = await stat(path);
      const file = info.isDirectory() ? join(path, "index.html") : path;
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    root,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Launches headless Chromium with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A new page that records console errors, page errors, failed and off-origin requests. */
export async function watchedPage(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { errors: [], offOrigin: [], failed: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") log.errors.push(msg.text());
  });
  page.on("pageerror", (err) => log.errors.push(`pageerror: ${err.message}`));
  page.on("request", (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) log.offOrigin.push(u);
  });
  page.on("requestfailed", (req) => log.failed.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on("response", (res) => {
    if (res.status() >= 400) log.failed.push(`${res.url()} ${res.status()}`);
  });
  return { context, page, log };
}

/**
 * The ids of all the deal rows, in order. The table renders only the rows near the viewport,
 * so this scrolls it from top to bottom (half a screen at a time, two frames each) and reads
 * each row's `aria-rowindex`; then scrolls back.
 */
export async function dealIds(page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const settle = async () => { await frame(); await frame(); };
    const seen = new Map();
    const back = scrollY;
    scrollTo(0, 0);
    await settle();
    for (let step = 0; step < 10_000; step++) {
      for (const r of document.querySelectorAll("tr[data-deal-id]")) seen.set(Number(r.getAttribute("aria-rowindex")), r.dataset.dealId);
      const before = scrollY;
      scrollBy(0, Math.max(100, innerHeight / 2));
      await settle();
      if (scrollY === before) break;
    }
    scrollTo(0, back);
    await settle();
    return [...seen].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });
}

/** The number in the visible result count. */
export async function resultCount(page) {
  return Number(await page.textContent('[data-testid="result-count"]'));
}

/** The fragment of the page's URL, without '#'. */
export function fragment(page) {
  return new URL(page.url()).hash.replace(/^#/, "");
}

/** Waits until the app has rendered (the shell carries data-ready once mounted). */
export async function appReady(page) {
  await page.waitForSelector("[data-ready]", { timeout: 20000 });
}
