// Trunk post-build hook: finishes dist/ so that `trunk build --release` alone is deployable.
//
// Runs in trunk's staging directory (TRUNK_STAGING_DIR) before it replaces dist/:
//   1. release only: shrink the wasm with binaryen's wasm-opt (npm package, pinned),
//   2. recompute the sha384 integrity of every asset index.html references,
//   3. add a strict Content-Security-Policy that allows exactly trunk's inline loader,
//   4. print the gzipped size of each asset.
// It never fetches anything and never edits the sources.

import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run through `trunk build`.");
  process.exit(2);
}

// Features the wasm of rustc 1.95 uses. `--all-features` yields imports Chromium rejects.
const WASM_OPT_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
];

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

if (release) optimizeWasm();
html = refreshIntegrity(html);
html = addCsp(html);
writeFileSync(indexPath, html);
printSizes();

function optimizeWasm() {
  const wasmOpt = resolve(sourceDir, "node_modules/.bin/wasm-opt");
  if (!existsSync(wasmOpt)) {
    console.warn("post-build: warning: node_modules/.bin/wasm-opt is missing (run `npm ci`); the wasm is not optimised");
    return;
  }
  for (const file of readdirSync(staging).filter((f) => f.endsWith(".wasm"))) {
    const path = join(staging, file);
    const before = statSync(path).size;
    execFileSync(wasmOpt, ["-Oz", ...WASM_OPT_FEATURES, "--strip-debug", "--strip-producers", path, "-o", path], {
      stdio: "inherit",
    });
    console.log(`post-build: wasm-opt ${file}: ${before} → ${statSync(path).size} bytes`);
  }
}

function sri(path, algo = "sha384") {
  return `${algo}-${createHash(algo).update(readFileSync(path)).digest("base64")}`;
}

// Every `href="./x" ... integrity="..."` gets the hash of the file as it is now.
function refreshIntegrity(text) {
  return text.replace(/<link\b[^>]*>/g, (tag) => {
    const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
    if (!href || !/integrity="/.test(tag)) return tag;
    const path = join(staging, decodeURIComponent(href));
    if (!existsSync(path)) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri(path)}"`);
  });
}

// A meta CSP: scripts only from this origin plus the hashed inline loader; no inline styles.
function addCsp(text) {
  const hashes = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim().length > 0)
    .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const cleaned = text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
  return cleaned.replace(/<head>/, `<head>\n    ${meta}`);
}

function printSizes() {
  const rows = readdirSync(staging)
    .filter((f) => /\.(wasm|js|css|html|svg)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(staging, f));
      return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const total = rows.reduce((sum, r) => sum + r.gzip, 0);
  console.log("post-build: asset sizes (bytes)");
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} raw ${String(r.raw).padStart(8)}  gzip ${String(r.gzip).padStart(8)}`);
  const wasm = rows.filter((r) => r.file.endsWith(".wasm")).reduce((s, r) => s + r.gzip, 0);
  console.log(`post-build: wasm gzip ${wasm} bytes; total gzip ${total} bytes`);
}
