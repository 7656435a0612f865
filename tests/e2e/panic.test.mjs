// A panic anywhere in the app shows a readable error panel with "reload" and "copy details"
// instead of a frozen page. Uses the build with the cargo feature `debug-routes` (scripts/test
// writes it to target/dist-debug-routes), whose `#/__panic` route panics on purpose; the
// shipped dist/ must not contain that route.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { serveDist, launch, watchedPage, appReady } from "./harness.mjs";

const DEBUG_DIST = "target/dist-debug-routes";
const root = new URL("../../", import.meta.url);

function wasmOf(dir) {
  const path = new URL(`${dir}/`, root);
  const name = readdirSync(path).find((f) => f.endsWith(".wasm"));
  assert.ok(name, `a .wasm file in ${dir}`);
  return readFileSync(new URL(name, path));
}

let server;
let browser;
before(async () => {
  assert.ok(
    existsSync(new URL(`${DEBUG_DIST}/index.html`, root)),
    `${DEBUG_DIST} is missing: run \`trunk build --release --features debug-routes --dist ${DEBUG_DIST}\``,
  );
  server = await serveDist("/debug/", DEBUG_DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("the shipped build has no debug route; the debug build has it", () => {
  const marker = Buffer.from("deliberate panic from the #/__panic debug route");
  assert.equal(wasmOf("dist").includes(marker), false, "dist/ must not contain #/__panic");
  assert.equal(wasmOf(DEBUG_DIST).includes(marker), true, "the debug build contains #/__panic");
});

for (const lang of ["ko", "en"]) {
  test(`a panic shows the error panel with reload and copy details (${lang})`, async () => {
    const { page, log, context } = await watchedPage(browser, server.origin);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    try {
      // The app works before the panic.
      await page.goto(`${server.url}#/deals${lang === "en" ? "?lang=en" : ""}`);
      await appReady(page);
      assert.equal(log.errors.length, 0, log.errors.join("\n"));

      // Navigating to the route panics while rendering.
      await page.evaluate((l) => {
        location.hash = `#/__panic${l === "en" ? "?lang=en" : ""}`;
      }, lang);
      const panel = page.locator('[data-testid="crash-panel"]');
      await panel.waitFor({ timeout: 10000 });
      assert.equal(await panel.count(), 1, "exactly one panel");
      assert.equal(await panel.getAttribute("role"), "alert");
      assert.equal(await page.locator("[data-ready]").count(), 0, "the frozen app is gone");
      const details = await panel.locator("pre").innerText();
      assert.match(details, /deliberate panic/, "the details say what happened");
      assert.match(details, /__panic/, "the details include the URL");
      const heading = await panel.locator("h1").innerText();
      assert.ok(heading.trim().length > 0, "a readable title");
      if (lang === "en") assert.match(heading, /[A-Za-z]/, "English title with lang=en");

      const reload = panel.locator('[data-testid="crash-reload"]');
      const copy = panel.locator('[data-testid="crash-copy"]');
      assert.ok(await reload.isVisible(), "reload button");
      assert.ok(await copy.isVisible(), "copy details button");
      assert.ok((await reload.innerText()).trim().length > 0);
      assert.ok((await copy.innerText()).trim().length > 0);
      assert.ok(log.errors.some((e) => /deliberate panic/.test(e)), "the panic is logged to the console");

      // "copy details" puts the details on the clipboard.
      await copy.click();
      await page.waitForFunction(async () => /deliberate panic/.test(await navigator.clipboard.readText()), null, {
        timeout: 5000,
      });

      // "reload" reloads the page: leave the panicking route first, then the app is back.
      await page.evaluate(() => history.replaceState(null, "", "#/companies"));
      await Promise.all([page.waitForEvent("load"), reload.click()]);
      await appReady(page);
      assert.equal(await page.locator('[data-testid="crash-panel"]').count(), 0, "the app is back");
      assert.equal(await page.locator("table.companies").count(), 1, "on the page in the URL");
    } finally {
      await context.close();
    }
  });
}
