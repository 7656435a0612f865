// The company table shows why each row matched the search: the matching part of a name is
// marked, and a match found only in an alias the row does not show brings that alias along.

import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, appReady, servedSite } from "./harness.mjs";

let server;
let browser;
servedSite("/", null, (s, b) => {
  server = s;
  browser = b;
});

/** For each company row: its id and the marked pieces of its name cell. */
async function rows(hash) {
  const { page, log, context } = await watchedPage(browser, server.origin, {
    viewport: { width: 1280, height: 4000 },
  });
  await page.goto(`${server.url}#${hash}`);
  await appReady(page);
  const found = await page.$$eval("tr[data-company-id]", (trs) =>
    trs.map((tr) => ({
      id: tr.getAttribute("data-company-id"),
      marks: [...tr.querySelectorAll("td:first-child mark.hit")].map((m) => m.textContent),
    })),
  );
  assert.deepEqual(log.errors, [], `no console errors on ${hash}`);
  await context.close();
  return found;
}

test("every company found by a Korean query with a particle shows the match marked", async () => {
  const found = await rows("/companies?q=" + encodeURIComponent("클라우드와"));
  assert.ok(found.length > 0, "some company matches");
  for (const row of found) {
    assert.ok(row.marks.length > 0, `${row.id} shows what matched`);
    for (const m of row.marks) assert.equal(m.toLowerCase(), "클라우드", `${row.id}: marked ${m}`);
  }
});

test("a match only in an alias shows that alias, marked", async () => {
  for (const lang of ["ko", "en"]) {
    const found = await rows(`/companies?q=aws&lang=${lang}`);
    const aws = found.find((r) => r.id === "aws");
    assert.ok(aws, `q=aws lists AWS (${lang})`);
    assert.deepEqual(aws.marks, ["AWS"], `the alias AWS is shown and marked (${lang})`);
  }
});

test("no query, no marks", async () => {
  const found = await rows("/companies");
  assert.ok(found.length > 0);
  assert.ok(found.every((r) => r.marks.length === 0));
});
