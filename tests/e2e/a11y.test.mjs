// Accessibility: axe-core injected into every view (light and dark colour schemes, Korean and
// English) finds no serious or critical violation.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serveDist, launch, watchedPage, appReady } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let server;
let browser;
let ids;
before(async () => {
  server = await serveDist("/a11y/");
  browser = await launch();
  // Real ids from the built data: a deal, a company, an article.
  const { page, context } = await watchedPage(browser, server.origin);
  await page.goto(`${server.url}#/deals`);
  await appReady(page);
  ids = {
    deal: await page.locator("[data-deal-id]").first().getAttribute("data-deal-id"),
    company: await page.locator("[data-company-id]").first().getAttribute("data-company-id"),
  };
  await page.goto("about:blank");
  await page.goto(`${server.url}#/`);
  await appReady(page);
  ids.article = await page.locator("[data-article-id]").first().getAttribute("data-article-id");
  await context.close();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const views = () => [
  ["overview", "/"],
  ["deals", "/deals"],
  ["deal with evidence open", `/deals?open=${ids.deal}`],
  ["companies", "/companies"],
  ["company profile", `/companies/${ids.company}`],
  ["article", `/articles/${ids.article}`],
  ["no results", "/deals?q=%EC%97%86%EB%8A%94%EB%A7%90zzzz"],
  ["ignored-notice", "/deals?min=-5&nope=1"],
  ["overview (en)", "/?lang=en"],
  ["deals (en)", `/deals?open=${ids.deal}&lang=en`],
  ["companies (en)", "/companies?lang=en"],
  ["company profile (en)", `/companies/${ids.company}?lang=en`],
  ["article (en)", `/articles/${ids.article}?lang=en`],
  ["no results (en)", "/companies?q=zzzzqqq&lang=en"],
];

/** Serious and critical violations of axe's default rules, as short strings. */
async function violations(page) {
  // Evaluated through the DevTools protocol: the page's CSP (kept as shipped) forbids inline
  // scripts.
  if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1] ?? ""}`),
    }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

for (const scheme of ["light", "dark"]) {
  test(`axe: no serious or critical violation in any view (${scheme})`, async () => {
    assert.ok(ids.deal && ids.company && ids.article, `ids found: ${JSON.stringify(ids)}`);
    const { page, context, log } = await watchedPage(browser, server.origin, { colorScheme: scheme });
    const found = [];
    try {
      for (const [name, fragment] of views()) {
        await page.goto("about:blank");
        await page.goto(`${server.url}#${fragment}`);
        await appReady(page);
        for (const v of await violations(page)) found.push({ view: name, ...v });
      }
    } finally {
      await context.close();
    }
    assert.deepEqual(found, [], JSON.stringify(found, null, 2));
    assert.deepEqual(log.errors, []);
  });
}
