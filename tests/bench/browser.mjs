// Browser half of `cargo xtask bench`: payload, start-up, interaction and memory of one built
// dist/, and the itemsjs peer on the same records in the same Chromium run.
//
//   node tests/bench/browser.mjs --dist DIR --records FILE [--blob FILE] [--runs K] [--quick]
//
// Prints `key value` lines on stdout (read by xtask/src/bench.rs); progress on stderr.
// "Painted" = the next animation frame after the change plus one task (rAF → setTimeout 0),
// taken from performance.now(), whose origin is navigation start. Nothing here asserts timings.

import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "../e2e/harness.mjs";

const args = parseArgs(process.argv.slice(2));
const RUNS = Number(args.runs ?? 9);
const QUICK = "quick" in args;
const HERE = new URL(".", import.meta.url).pathname;
const ITEMSJS = new URL("../../node_modules/itemsjs/dist/index.umd.js", import.meta.url).pathname;

// Typed one step at a time: Korean, English, 초성, two terms, clearing the box.
const QUERIES = QUICK ? ["마이", "aws", "ㅋㅌ"] : ["마이크로소프트", "aws", "클라우드 투자", "ㅋㅌ", "누리", "microsoft", "ㅁㅇㅋ"];
const FACET_CLICKS = QUICK
  ? [["kind", "investment"]]
  : [["kind", "investment"], ["status", "planned"], ["kind", "partnership"], ["country", "KR"], ["sector", "cloud"]];

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i++) {
    const key = list[i].replace(/^--/, "");
    if (list[i + 1] === undefined || list[i + 1].startsWith("--")) out[key] = true;
    else out[key] = list[++i];
  }
  return out;
}

const say = (k, v) => console.log(`${k} ${v}`);
const round = (x) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(1) : Math.round(x).toString());
const kb = (bytes) => (bytes / 1000).toFixed(1);
const mb = (bytes) => (bytes / 1e6).toFixed(1);
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}
function p95(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] : NaN;
}

/** Every prefix of each query (one keystroke each), then an empty box. */
function keystrokes() {
  const out = [];
  for (const q of QUERIES) {
    const chars = [...q];
    for (let i = 1; i <= chars.length; i++) out.push(chars.slice(0, i).join(""));
    out.push("");
  }
  return out;
}

async function payload(dist) {
  const files = await readdir(dist);
  const gz = async (f) => gzipSync(await readFile(join(dist, f)), { level: 9 }).length;
  const sum = async (pred) => {
    let n = 0;
    for (const f of files.filter(pred)) n += await gz(f);
    return n;
  };
  const wasm = await sum((f) => f.endsWith(".wasm"));
  const js = await sum((f) => f.endsWith(".js") && f !== "sw.js");
  const css = await sum((f) => f.endsWith(".css"));
  const html = await gz("index.html");
  // The build inlines the stylesheet into index.html (scripts/post-build.mjs): its row shows
  // what it weighs there, and the total counts it once, in the html.
  const inline = [...(await readFile(join(dist, "index.html"), "utf8")).matchAll(/<style>([\s\S]*?)<\/style>/g)];
  const inlineCss = inline.length ? gzipSync(inline.map((m) => m[1]).join(""), { level: 9 }).length : 0;
  say("gz_wasm_kb", kb(wasm));
  say("gz_js_kb", kb(js));
  say("gz_css_kb", kb(css + inlineCss));
  say("gz_html_kb", kb(html));
  say("gz_total_kb", kb(wasm + js + css + html));
  if (args.blob) say("gz_data_kb", kb(gzipSync(await readFile(args.blob), { level: 9 }).length));
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };

/** dist/ at `/`, the peer at `/__peer/`, the floor page at `/__floor/`. */
async function serve(dist, records) {
  const peerFiles = { "index.html": join(HERE, "peer.html"), "peer.js": join(HERE, "peer.js"), "itemsjs.js": ITEMSJS, "records.json": records };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file;
    if (path.startsWith("/__peer/")) file = peerFiles[path.slice(8) || "index.html"];
    else if (path === "/__floor/") file = join(HERE, "floor.html");
    else file = join(dist, normalize(path).replace(/^(\.\.[/\\])+/, "") || "index.html");
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

// Installed before any page script: first row painted, long tasks, the wasm instance.
const OBSERVE = () => {
  const b = (window.__bench = { longtasks: [], firstRow: null, appRow: null, wasm: null });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) b.longtasks.push(e.startTime + e.duration);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  addEventListener("TrunkApplicationStarted", (e) => (b.wasm = e.detail?.wasm ?? null));
  // First row painted: whatever shows one, the copy prerendered into index.html included
  // (scripts/prerender.mjs), but only once it is shown (the parser inserts the copy hidden;
  // an inline script unhides it). The app's own first row (outside that copy) is timed too.
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => (b[key] = performance.now()), 0));
  const mo = new MutationObserver(() => {
    const rows = [...document.querySelectorAll("[data-deal-id]")].filter((r) => !r.closest("[hidden]"));
    if (rows.length && b.firstRow === null && !b.firstSeen) {
      b.firstSeen = true;
      painted("firstRow");
    }
    if (rows.some((r) => !r.closest("[data-prerender]"))) {
      mo.disconnect();
      painted("appRow");
    }
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
};

async function coldLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstRow !== null && window.__bench.appRow !== null, null, { timeout: 120_000 });
  await page.waitForTimeout(QUICK ? 200 : 1000);
  const t = await page.evaluate(() => ({ first: __bench.firstRow, app: __bench.appRow, tti: Math.max(__bench.appRow, ...__bench.longtasks) }));
  return { context, page, ...t };
}

/**
 * Start-up of the three pages (ours, the peer, the floor), `RUNS` cold loads each, taken in
 * turn (ours, peer, floor, ours, …) so that no page is favoured by its place in the run, after
 * one load that is thrown away: the browser's very first page pays for starting its own font
 * and network machinery, which a reader's running browser has already done. Every context but
 * each page's last is closed; the last ones go on to the interaction timings.
 */
async function startups(browser, base) {
  const urls = { ours: `${base}/#/deals`, peer: `${base}/__peer/`, floor: `${base}/__floor/` };
  await (await coldLoad(browser, urls.floor)).context.close();
  const loads = { ours: [], peer: [], floor: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of Object.entries(urls)) {
      const l = await coldLoad(browser, url);
      loads[name].push(l);
      if (i < RUNS - 1) await l.context.close();
    }
  }
  return loads;
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return mb(usedSize);
}

const wasmMb = (page) => page.evaluate(() => (__bench.wasm?.memory ? (__bench.wasm.memory.buffer.byteLength / 1e6).toFixed(1) : "–"));

/**
 * Time from `action` (run in the page) to the paint of its result. The action runs at the
 * start of a frame (inside a requestAnimationFrame callback), and the clock stops in a task
 * queued from there, which runs once that frame has been rendered. So it measures the work
 * (event handler, filter, render, style, layout, paint) and not the wait for the display's
 * next refresh (0–16.7 ms, whatever the app does), which an unaligned start would add at random.
 * `first` is that frame: after a keystroke the app paints the search box, the count and the rows
 * there, and lets the filter panel and the pictures follow once it is painted. `ms` runs on
 * until `<html data-view>` shows the URL's fragment, that is until the whole view is painted
 * (for a facet click, the same frame; the app takes the mark away while half a view is
 * painted). With `app` false (the peer, the floor page, which render everything at once and
 * have no mark) `ms` is `first`.
 */
async function timed(page, action, arg, app = true) {
  return page.evaluate(
    ([src, a, app]) => {
      const act = eval(src);
      return new Promise((resolve) =>
        requestAnimationFrame(() => {
          const t0 = performance.now();
          const n = act(a);
          let first;
          const done = (tries) => {
            const now = performance.now() - t0;
            first ??= now;
            const view = document.documentElement.dataset.view;
            if (!app || view === location.hash.slice(1) || tries > 1000) {
              resolve({ ms: now, first, n });
            } else setTimeout(() => done(tries + 1), 0);
          };
          setTimeout(() => done(0), 0);
        }),
      );
    },
    [action.toString(), arg, app],
  );
}

const ourType = (value) => {
  const input = document.querySelector("[data-testid=search]");
  input.value = value;
  input.dispatchEvent(new InputEvent("input", { bubbles: true }));
  return document.querySelector("[data-testid=result-count]")?.textContent;
};
const ourFacet = ([facet, value]) => {
  const box = document.querySelector(`[data-facet="${facet}"] li[data-value="${value}"] input[type=checkbox]`);
  box?.click();
  return box ? "ok" : "missing";
};

async function ours(loads) {
  say("startup_first_row_ms", round(median(loads.map((l) => l.first))));
  say("startup_app_row_ms", round(median(loads.map((l) => l.app))));
  say("startup_interactive_ms", round(median(loads.map((l) => l.tti))));
  const { page, context } = loads[loads.length - 1];
  say("wasm_mem_load_mb", await wasmMb(page));
  say("js_heap_load_mb", await heapMb(page));
  const keys = [];
  const views = [];
  for (const k of keystrokes()) {
    const r = await timed(page, ourType, k);
    keys.push(r.first);
    views.push(r.ms);
    await page.waitForTimeout(20);
  }
  say("key_median_ms", round(median(keys)));
  say("key_p95_ms", round(p95(keys)));
  say("key_view_median_ms", round(median(views)));
  say("key_view_p95_ms", round(p95(views)));
  const facets = [];
  for (const f of FACET_CLICKS) {
    // As a user would, open the facet's list first (closed lists are not rendered); untimed.
    await page.evaluate(async ([facet, value]) => {
      const details = document.querySelector(`details[data-facet="${facet}"]`);
      if (details && !details.open) details.open = true;
      for (let i = 0; i < 50 && !document.querySelector(`[data-facet="${facet}"] li[data-value="${value}"]`); i++) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    }, f);
    for (let twice = 0; twice < 2; twice++) {
      const r = await timed(page, ourFacet, f);
      if (r.n === "ok") facets.push(r.ms);
      else console.error(`bench: facet ${f.join("=")} not on the page`);
      await page.waitForTimeout(20);
    }
  }
  say("facet_median_ms", round(median(facets)));
  say("facet_p95_ms", round(p95(facets)));
  say("dom_rows_max", await page.evaluate(() => document.querySelectorAll("[data-deal-id]").length));
  say("wasm_mem_after_mb", await wasmMb(page));
  say("js_heap_after_mb", await heapMb(page));
  await context.close();
}

async function peer(loads) {
  say("peer_startup_first_row_ms", round(median(loads.map((l) => l.first))));
  const { page, context } = loads[loads.length - 1];
  say("peer_js_heap_load_mb", await heapMb(page));
  const search = ([q, filters]) => window.__peer.search(q, filters);
  const keys = [];
  for (const k of keystrokes()) {
    keys.push((await timed(page, search, [k, {}], false)).ms);
    await page.waitForTimeout(20);
  }
  say("peer_key_median_ms", round(median(keys)));
  say("peer_key_p95_ms", round(p95(keys)));
  const facets = [];
  for (const [facet, value] of FACET_CLICKS) {
    for (const filters of [{ [facet]: [value] }, {}]) {
      facets.push((await timed(page, search, ["", filters], false)).ms);
      await page.waitForTimeout(20);
    }
  }
  say("peer_facet_median_ms", round(median(facets)));
  say("peer_facet_p95_ms", round(p95(facets)));
  say("peer_js_heap_after_mb", await heapMb(page));
  await context.close();
}

/**
 * The same clocks on a page that does almost nothing (floor.html): one row of Korean text to
 * paint at start-up, one number to change per keystroke. What is left of a budget above this
 * floor is what an app can spend; a budget below it cannot be met on this machine by any app.
 */
async function floor(loads) {
  say("floor_startup_first_row_ms", round(median(loads.map((l) => l.first))));
  const { page, context } = loads[loads.length - 1];
  const keys = [];
  for (const k of keystrokes()) {
    keys.push((await timed(page, ourType, k, false)).first);
    await page.waitForTimeout(20);
  }
  say("floor_key_median_ms", round(median(keys)));
  say("floor_key_p95_ms", round(p95(keys)));
  await context.close();
}

const server = await serve(args.dist, args.records);
const browser = await launch();
try {
  await payload(args.dist);
  console.error("bench: start-up, the three pages in turn");
  const loads = await startups(browser, server.url);
  console.error("bench: ours");
  await ours(loads.ours);
  console.error("bench: peer (itemsjs)");
  await peer(loads.peer);
  console.error("bench: floor");
  await floor(loads.floor);
} finally {
  await browser.close();
  server.close();
}
