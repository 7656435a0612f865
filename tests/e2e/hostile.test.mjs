// Every hostile or stale link in hostile-urls.txt opens in headless Chromium: the page renders,
// the ignored-notice says what was dropped (when something was), the console stays clean, and
// no markup from the URL reaches the DOM (no new script, frame or image, no on* attribute, no
// javascript: link).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serveDist, launch, watchedPage, appReady } from "./harness.mjs";

/** Expands {repeat:N:TEXT} and {u:XXXX}. */
function expand(fragment) {
  return fragment
    .replace(/\{repeat:(\d+):([^}]*)\}/g, (_, n, text) => text.repeat(Number(n)))
    .replace(/\{u:([0-9A-Fa-f]{4,6})\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)));
}

const cases = readFileSync(new URL("./hostile-urls.txt", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => {
    const m = /^(ignored|kept)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`hostile-urls.txt: cannot read line ${JSON.stringify(line)}`);
    return { expect: m[1], raw: m[2], fragment: expand(m[2]) };
  });

/** What a page's DOM holds that markup from a URL could have added. */
async function surface(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const onAttrs = [];
    for (const el of all) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) onAttrs.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
      }
    }
    const urlAttrs = ["href", "src", "action", "formaction", "xlink:href", "data"];
    const jsUrls = [];
    for (const el of all) {
      for (const name of urlAttrs) {
        const v = el.getAttribute(name);
        if (v && /^\s*(javascript|vbscript|data:text\/html)/i.test(v.replace(/[\u0000-\u001f]/g, ""))) {
          jsUrls.push(`<${el.tagName.toLowerCase()} ${name}=${v.slice(0, 60)}>`);
        }
      }
    }
    const count = (sel) => document.querySelectorAll(sel).length;
    return {
      scripts: count("script"),
      dangerous: count("iframe, frame, object, embed, img, svg script, base, meta[http-equiv='refresh' i], style:not(head style), link:not(head link)"),
      onAttrs,
      jsUrls,
    };
  });
}

let server;
let browser;
let baseline;
before(async () => {
  server = await serveDist("/hostile/");
  browser = await launch();
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/`);
  await appReady(page);
  baseline = await surface(page);
  await context.close();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("the list of hostile URLs is not empty and every line parses", () => {
  assert.ok(cases.length >= 50, `${cases.length} cases`);
  assert.deepEqual(baseline.onAttrs, []);
  assert.deepEqual(baseline.jsUrls, []);
});

for (const c of cases) {
  test(`hostile link: ${c.raw.slice(0, 100)}`, async () => {
    const { page, log, context } = await watchedPage(browser, server.origin);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs += 1;
      d.dismiss().catch(() => {});
    });
    try {
      await page.goto(`${server.url}#${c.fragment}`);
      await appReady(page);
      // Let effects and any late scripts run.
      await page.waitForTimeout(150);
      const notice = page.locator('[data-testid="ignored-notice"]');
      if (c.expect === "ignored") {
        assert.equal(await notice.count(), 1, "the ignored-notice is shown");
        assert.ok(await notice.isVisible(), "the ignored-notice is visible");
        const items = await notice.locator("li").count();
        assert.ok(items >= 1, "it lists at least one thing");
        const text = await notice.innerText();
        assert.ok(text.length < 20000, `the notice stays short (${text.length} chars)`);
      } else {
        assert.equal(await notice.count(), 0, "nothing was ignored");
      }
      assert.equal(await page.locator('[data-testid="crash-panel"]').count(), 0, "no crash panel");
      const now = await surface(page);
      assert.deepEqual(now.onAttrs, [], "no on* attribute in the DOM");
      assert.deepEqual(now.jsUrls, [], "no javascript: URL in the DOM");
      assert.equal(now.scripts, baseline.scripts, "no script element added");
      assert.equal(now.dangerous, baseline.dangerous, "no frame, image, object or style added");
      assert.equal(dialogs, 0, "no alert() ran");
      assert.deepEqual(log.errors, [], "console errors");
      assert.deepEqual(log.failed, [], "failed requests");
      assert.deepEqual(log.offOrigin, [], "off-origin requests");
    } finally {
      await context.close();
    }
  });
}
