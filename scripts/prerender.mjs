// Prerendering for the post-build hook: bakes the app's own first frame of a few routes into
// index.html, so a visitor sees that view's rows while the wasm is still downloading and
// compiling (at 10,000 articles, most of a second).
//
// How: the staged build is served on a loopback port and opened in headless Chromium (the one
// scripts/setup installs; without it the build goes on unprerendered, with a warning). For each
// route, the body is copied in the animation frame right after the app's first render, i.e.
// exactly the DOM of the app's first painted frame (the filter panel and pictures are still the
// placeholders of components/later.rs then). Each copy goes into index.html as
//
//   <div data-prerender="/deals" hidden inert>…</div>
//
// followed by a small inline script (hashed into the CSP by the caller) that shows the copy
// whose route equals the URL's fragment and removes the others. A link with any other fragment
// (a filter, another language) therefore shows nothing until the app runs, never another
// view. The copies are inert: nothing in them can be focused or clicked. When the wasm starts,
// yew clears <body> as it mounts and renders the same view live, in the same task, so no frame
// shows both.

import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";

// Routes whose first frame is baked in: the deals table. The overview (`/`) would add about
// 1.4 KB gzipped to index.html and put the seed payload on its budget's line (250 KB).
const PRERENDER_ROUTES = ["/deals"];

const BROWSERS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
// The screen the copies are taken on: a 1080p display less the browser's own bars. What lies
// wholly below it is left out of the copy (see `firstFrame`); the app renders it when it runs.
const VIEWPORT = { width: 1280, height: 1000 };
const TIMEOUT_MS = 60_000;

/** Shows the copy for the URL's fragment (`#/deals` → "/deals", none → "/"), drops the rest. */
const CHOOSER =
  '{const r=location.hash.slice(1)||"/";for(const e of document.querySelectorAll("[data-prerender]"))e.dataset.prerender===r?e.hidden=!1:e.remove()}';

/**
 * `html` (index.html as staged in `dir`) with the first frames of `routes` baked into its body,
 * or `html` unchanged if there is no Chromium or playwright-core here. Throws if the app logs an
 * error or never renders: a build whose first frame fails must not ship.
 */
export async function prerender(dir, html, routes = PRERENDER_ROUTES) {
  const executablePath = process.env.CHROMIUM ?? BROWSERS.find((p) => existsSync(p));
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    chromium = null;
  }
  if (!executablePath || !chromium) {
    console.warn("post-build: warning: no Chromium or playwright-core (run scripts/setup); index.html is not prerendered");
    return html;
  }
  const server = await serve(dir, html);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const copies = [];
    for (const route of routes) copies.push(await firstFrame(browser, `${server.url}#${route}`, route));
    const blocks = copies.map(({ route, body }) => `<div data-prerender="${route}" hidden inert>${body}</div>`).join("");
    const noscript = /<noscript>[\s\S]*?<\/noscript>/.exec(html)?.[0] ?? "";
    const body = `<body>\n    ${noscript}${blocks}<script>${CHOOSER}</script>\n  </body>`;
    return html.replace(/<body>[\s\S]*<\/body>/, body);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The body's HTML in the animation frame after the app's first render of `url`. */
async function firstFrame(browser, url, route) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    // yew clears <body> as it mounts (the <noscript> goes), then renders in a microtask; the
    // next animation frame comes before that render is painted and before anything of the
    // second frame (components/later.rs waits for a paint).
    await page.addInitScript(() => {
      window.__prerender = null;
      // Elements wholly below the first screen whose parent is not are removed first (the
      // table's rows past the screen, the end of long lists): the copy only has to cover the
      // screen until the app runs, and every byte of it is in index.html.
      const belowScreen = (e) => e.getBoundingClientRect().top >= innerHeight;
      const mo = new MutationObserver(() => {
        const body = document.body;
        if (body && body.firstElementChild && !body.querySelector("noscript")) {
          mo.disconnect();
          requestAnimationFrame(() => {
            const cut = [...body.querySelectorAll("*")].filter((e) => belowScreen(e) && !belowScreen(e.parentElement));
            for (const e of cut) e.remove();
            // The copy is inert, so assistive technology never reads it and no tooltip shows:
            // attributes only they use (and the rows' positions, read by the live table's
            // scrolling) go. The stylesheet selects none of them.
            const unread = ["title", "aria-label", "aria-live", "aria-rowcount", "aria-rowindex", "aria-sort", "aria-expanded", "data-row", "data-company-id", "autocomplete", "spellcheck", "role", "for"];
            for (const e of body.querySelectorAll("*")) for (const a of unread) e.removeAttribute(a);
            window.__prerender = body.innerHTML;
          });
        }
      });
      mo.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__prerender !== null, null, { timeout: TIMEOUT_MS });
    const body = await page.evaluate(() => window.__prerender);
    if (errors.length) throw new Error(`prerendering ${route}: the app logged errors: ${errors.join("; ")}`);
    if (/<script/i.test(body)) throw new Error(`prerendering ${route}: the first frame holds a <script>`);
    console.log(`post-build: prerendered ${route}: ${body.length} bytes`);
    return { route, body };
  } finally {
    await context.close();
  }
}

/** `dir` on a free loopback port, with `html` as its index.html. */
async function serve(dir, html) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    const rel = normalize(path).replace(/^(\.\.[/\\])+/, "").replace(/^\/+/, "");
    try {
      const body = rel === "" || rel === "index.html" ? html : readFileSync(join(dir, rel));
      res.writeHead(200, { "content-type": TYPES[extname(rel || "index.html")] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}
