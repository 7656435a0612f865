// Trunk post-build hook: finishes dist/ so that `trunk build --release` alone is deployable.
//
// Runs in trunk's staging directory (TRUNK_STAGING_DIR) before it replaces dist/:
//   1. release only: shrink the wasm with binaryen's wasm-opt and minify the JS glue and the
//      CSS with esbuild (npm packages, pinned), then shorten the wasm's import and export
//      names and the glue's matching names,
//   2. inline the favicon as a data: URL (Chromium re-checks the icon on every
//      history.replaceState, i.e. on every keystroke in the search box; a file would be
//      fetched again each time) and the stylesheet as a <style> element (a linked one
//      holds the first frame back by a request), then recompute the sha384 integrity of
//      every asset index.html references,
//   3. add a strict Content-Security-Policy that allows exactly trunk's inline loader and
//      the inlined stylesheet,
//   4. copy the article-text chunks the wasm names into data/ (see build.rs); release only:
//      bake the app's first frame of the deals table into index.html
//      (scripts/prerender.mjs) and hash its inline chooser into the CSP,
//   5. write the service worker's precache list (chunks included), versioned by the content
//      hash of dist/,
//   6. release only: write standalone.html, one self-contained file for file:// use, with
//      the chunks inlined as base64 data blocks,
//   7. print the gzipped size of each asset.
// It never fetches anything and never edits the sources.

import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { prerender } from "./prerender.mjs";

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

// Above this many raw wasm bytes the size report ends with a warning (never a failure).
const WASM_WARN_BYTES = 3_000_000;
// Media types of the icon files inlineIcon accepts.
const ICON_TYPES = { ".png": "image/png", ".svg": "image/svg+xml", ".ico": "image/x-icon" };

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

if (release) optimizeWasm();
if (release) await minifyJsCss();
if (release) shortenWasmNames();
html = inlineIcon(html);
html = inlineStylesheet(html);
html = refreshIntegrity(html);
html = addCsp(html);
writeFileSync(indexPath, html);
const chunks = copyChunks();
if (release) {
  html = addCsp(await prerender(staging, html));
  writeFileSync(indexPath, html);
}
if (release) writeStandalone(html, chunks);
writeServiceWorker();
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
    // `--converge` repeats -Oz while it still shrinks the module (a few hundred bytes more).
    // Both assumptions hold for rustc's wasm: the linker puts the stack first, so nothing lives
    // in the low 1 KB, and a fresh wasm memory is zero-filled.
    const flags = ["--low-memory-unused", "--zero-filled-memory", ...WASM_OPT_FEATURES, "--strip-debug", "--strip-producers"];
    execFileSync(wasmOpt, ["-Oz", "--converge", ...flags, path, "-o", path], { stdio: "inherit" });
    // Then once more after dead-argument elimination: arguments left dead by the first round's
    // inlining go (about 0.14 KB gzipped at seed size; with --converge it was less).
    execFileSync(wasmOpt, ["--dae-optimizing", "-Oz", ...flags, path, "-o", path], { stdio: "inherit" });
    console.log(`post-build: wasm-opt ${file}: ${before} → ${statSync(path).size} bytes`);
  }
}

// wasm-bindgen's glue and the stylesheet, whitespace and local names only: export names, the
// wasm import names (see shortenWasmNames) and every selector stay as they are.
async function minifyJsCss() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    console.warn("post-build: warning: the esbuild npm package is missing (run `npm ci`); JS and CSS are not minified");
    return;
  }
  for (const file of readdirSync(staging).filter((f) => /\.(js|css)$/.test(f) && f !== "sw.js")) {
    const path = join(staging, file);
    const before = readFileSync(path, "utf8");
    const loader = file.endsWith(".css") ? "css" : "js";
    const { code } = esbuild.transformSync(before, { loader, minify: true, format: loader === "js" ? "esm" : undefined, legalComments: "none" });
    writeFileSync(path, code);
    console.log(`post-build: minified ${file}: ${before.length} → ${code.length} bytes`);
  }
}

// wasm-bindgen names each import after its JS function plus a 16-hex-digit hash
// (`__wbg_replaceState_1dad4255f11a05e4`), and the glue repeats every name as a key of its
// import object: about 150 names, mostly incompressible hashes, in both files. Rename them to
// short identifiers (`a`, `b`, …, `aa`, …) in the wasm's import section and in the glue's
// import object, the module name too. The same for the exports the glue reads
// (`wasm.__wbindgen_malloc`, closure shims with hashed names), except `memory`, which the
// benchmark reads by name; exports the glue never names keep their names. Fails the build if
// an import name is not found exactly once in the glue as an object key, or an export name
// occurs other than as a property read, so a changed glue format cannot slip through
// half-renamed.
function shortenWasmNames() {
  const wasmFiles = readdirSync(staging).filter((f) => f.endsWith(".wasm"));
  const glues = readdirSync(staging).filter((f) => f.endsWith(".js") && f !== "sw.js");
  if (wasmFiles.length !== 1 || glues.length !== 1) {
    console.error(`post-build: error: expected one wasm and one glue js, found ${wasmFiles.join(", ")} and ${glues.join(", ")}`);
    process.exit(1);
  }
  const wasmPath = join(staging, wasmFiles[0]);
  const gluePath = join(staging, glues[0]);
  const wasm = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, "utf8");
  const sections = wasmSections(wasm);
  const replaced = new Map();

  const importSection = sections.find((s) => s.id === 2);
  const imports = importSection ? readImports(wasm.subarray(importSection.start, importSection.end)) : [];
  const modules = new Map();
  const fields = new Set();
  for (const imp of imports) {
    if (!modules.has(imp.module)) modules.set(imp.module, `m${modules.size}`);
    if (fields.has(`${imp.module}\0${imp.field}`)) fail(`import ${imp.module} ${imp.field} occurs twice`);
    fields.add(`${imp.module}\0${imp.field}`);
    const short = shortName(fields.size - 1);
    glue = replaceKeyOnce(glue, imp.field, short, `import ${imp.field}`);
    imp.field = short;
  }
  for (const [name, short] of modules) glue = replaceKeyOnce(glue, name, short, `import module ${name}`);
  for (const imp of imports) imp.module = modules.get(imp.module);
  if (importSection) replaced.set(importSection, writeImports(imports));

  const exportSection = sections.find((s) => s.id === 7);
  const exports = exportSection ? readExports(wasm.subarray(exportSection.start, exportSection.end)) : [];
  const kept = new Set(exports.map((e) => e.name));
  let renamed = 0;
  let nextName = 0;
  for (const exp of exports) {
    if (exp.name === "memory") continue;
    const uses = [...glue.matchAll(wholeWord(exp.name))];
    if (uses.length === 0) continue;
    if (uses.some((m) => glue[m.index - 1] !== ".")) fail(`export ${exp.name}: used in ${glues[0]} other than as \`.${exp.name}\``);
    let short;
    do short = shortName(nextName++);
    while (kept.has(short));
    kept.add(short);
    renamed++;
    glue = glue.replace(wholeWord(exp.name), short);
    exp.name = short;
  }
  if (exportSection) replaced.set(exportSection, writeExports(exports));

  const parts = [wasm.subarray(0, 8)];
  for (const section of sections) {
    const body = replaced.get(section);
    parts.push(body ? Buffer.concat([Buffer.from([section.id]), leb128(body.length), body]) : wasm.subarray(section.headerStart, section.end));
  }
  const out = Buffer.concat(parts);
  writeFileSync(wasmPath, out);
  writeFileSync(gluePath, glue);
  console.log(
    `post-build: shortened ${imports.length} import and ${renamed} export names: wasm ${wasm.length} → ${out.length}, glue → ${glue.length} bytes`,
  );

  function fail(message) {
    console.error(`post-build: error: shortening wasm import/export names: ${message}`);
    process.exit(1);
  }

  // `name` must occur exactly once in the glue as a whole word, and there as an object key
  // (`name:` or `"name":`).
  function replaceKeyOnce(text, name, short, what) {
    const hits = [...text.matchAll(wholeWord(name))];
    if (hits.length !== 1) fail(`${what}: found ${hits.length} times in ${glues[0]}, expected once`);
    const at = hits[0].index;
    const quoted = text[at - 1] === '"' && text[at + name.length] === '"';
    const from = quoted ? at - 1 : at;
    const to = quoted ? at + name.length + 1 : at + name.length;
    if (text[to] !== ":") fail(`${what}: not an object key in ${glues[0]}`);
    return text.slice(0, from) + short + text.slice(to);
  }
}

function wholeWord(name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, "g");
}

// `a`…`z`, `A`…`Z`, then two and more characters; never a JS keyword (`do`, `if`, `in`).
function shortName(n) {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const rest = `${first}0123456789`;
  const keywords = new Set(["do", "if", "in"]);
  for (let i = 0, found = -1; ; i++) {
    let name = first[i % first.length];
    for (let k = Math.floor(i / first.length); k > 0; k = Math.floor((k - 1) / rest.length)) {
      name += rest[(k - 1) % rest.length];
    }
    if (!keywords.has(name) && ++found === n) return name;
  }
}

function leb128(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return Buffer.from(bytes);
}

// Each section: its id, where its header starts, and its contents' bounds.
function wasmSections(wasm) {
  const sections = [];
  let at = 8;
  while (at < wasm.length) {
    const headerStart = at;
    const id = wasm[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      size += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
    }
    sections.push({ id, headerStart, start: at, end: at + size });
    at += size;
  }
  return sections;
}

// The import section's entries, each with its descriptor's raw bytes (kept as they are).
function readImports(bytes) {
  let at = 0;
  const u32 = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const name = () => {
    const length = u32();
    const text = bytes.subarray(at, at + length).toString("utf8");
    at += length;
    return text;
  };
  const limits = () => {
    const flags = bytes[at++];
    u32();
    if (flags & 1) u32();
  };
  const count = u32();
  const imports = [];
  for (let i = 0; i < count; i++) {
    const module = name();
    const field = name();
    const start = at;
    const kind = bytes[at++];
    if (kind === 0) u32(); // function: type index
    else if (kind === 1) (at++, limits()); // table: reference type, limits
    else if (kind === 2) limits(); // memory
    else if (kind === 3) at += 2; // global: value type, mutability
    else throw new Error(`post-build: unknown wasm import kind ${kind}`);
    imports.push({ module, field, descriptor: bytes.subarray(start, at) });
  }
  if (at !== bytes.length) throw new Error("post-build: the wasm import section has trailing bytes");
  return imports;
}

// The export section's entries: name, kind and index (raw bytes, kept as they are).
function readExports(bytes) {
  let at = 0;
  const u32 = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const count = u32();
  const exports = [];
  for (let i = 0; i < count; i++) {
    const length = u32();
    const name = bytes.subarray(at, at + length).toString("utf8");
    at += length;
    const start = at++;
    u32();
    exports.push({ name, descriptor: bytes.subarray(start, at) });
  }
  if (at !== bytes.length) throw new Error("post-build: the wasm export section has trailing bytes");
  return exports;
}

function writeExports(exports) {
  const parts = [leb128(exports.length)];
  for (const e of exports) {
    const name = Buffer.from(e.name, "utf8");
    parts.push(leb128(name.length), name, e.descriptor);
  }
  return Buffer.concat(parts);
}

function writeImports(imports) {
  const name = (text) => {
    const bytes = Buffer.from(text, "utf8");
    return [leb128(bytes.length), bytes];
  };
  return Buffer.concat([leb128(imports.length), ...imports.flatMap((i) => [...name(i.module), ...name(i.field), i.descriptor])]);
}

function sri(path, algo = "sha384") {
  return `${algo}-${createHash(algo).update(readFileSync(path)).digest("base64")}`;
}

// The file a `<link href="./x">` names, relative to the staging directory (null if none).
function linkedFile(tag) {
  const href = /href="\.?\/?([^"]+)"/.exec(tag)?.[1];
  return href ? { href, path: join(staging, decodeURIComponent(href)) } : null;
}

// `<link rel="icon" href="./x">` becomes `<link rel="icon" href="data:...">` and x leaves dist/.
function inlineIcon(text) {
  return text.replace(/<link\b[^>]*\brel="icon"[^>]*>/g, (tag) => {
    const file = linkedFile(tag);
    if (!file || file.href.startsWith("data:")) return tag;
    const { href, path } = file;
    const type = ICON_TYPES[extname(path)];
    if (!existsSync(path) || !type) {
      console.error(`post-build: index.html: the icon ${href} is missing or not .png/.svg/.ico`);
      process.exit(1);
    }
    const data = `data:${type}${iconData(type, readFileSync(path))}`;
    rmSync(path);
    return `<link rel="icon" href="${data}" type="${type}">`;
  });
}

// The part of an icon's data: URL after its media type. An SVG stays text, with only `%`, `#`,
// `"`, `<`, `>` and line breaks escaped: it compresses with the rest of the page, about 0.3 KB less
// gzipped than base64 of the same file or of a PNG.
function iconData(type, bytes) {
  if (type !== ICON_TYPES[".svg"]) return `;base64,${bytes.toString("base64")}`;
  const text = bytes.toString("utf8").trim();
  return `,${text.replace(/[%#"<>\r\n]/g, encodeURIComponent)}`;
}

// `<link rel="stylesheet" href="./x.css">` becomes `<style>…</style>` and x leaves dist/. A
// linked stylesheet blocks rendering and the parser's inline scripts (the prerender chooser)
// until it arrives: on a cold load here that request alone took 40–50 ms, half the start-up
// budget, so the page's first frame waited for it. Inline, the first frame needs only
// index.html. The CSP allows exactly this style element by its hash (see addCsp).
function inlineStylesheet(text) {
  return text.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/g, (tag) => {
    const file = linkedFile(tag);
    if (!file || !existsSync(file.path)) {
      console.error(`post-build: index.html: the stylesheet ${file?.href ?? tag} is missing`);
      process.exit(1);
    }
    const css = readFileSync(file.path, "utf8");
    if (/<\/style/i.test(css)) {
      console.error(`post-build: ${file.href}: contains "</style", which cannot be inlined`);
      process.exit(1);
    }
    rmSync(file.path);
    return `<style>${css}</style>`;
  });
}

// Every `href="./x" ... integrity="..."` gets the hash of the file as it is now.
function refreshIntegrity(text) {
  return text.replace(/<link\b[^>]*>/g, (tag) => {
    const file = linkedFile(tag);
    if (!file || !/integrity="/.test(tag) || !existsSync(file.path)) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri(file.path)}"`);
  });
}

// A meta CSP: scripts only from this origin plus the hashed inline loader; styles only the
// hashed inline stylesheet (no style attributes).
function addCsp(text) {
  const hashes = (tag) =>
    [...text.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))]
      .filter((m) => m[1].trim().length > 0)
      .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`)
      .join(" ");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes("script")}`.trim(),
    `style-src ${hashes("style") || "'self'"}`,
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

// build.rs writes each chunk set to <target>/explorer-chunks/chunks-<hash>/ and embeds that
// name in the wasm; copy exactly the set whose name the built wasm contains.
function copyChunks() {
  const targetDir = resolve(sourceDir, process.env.CARGO_TARGET_DIR ?? "target");
  const root = join(targetDir, "explorer-chunks");
  const sets = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith("chunks-")) : [];
  const wasmFiles = readdirSync(staging).filter((f) => f.endsWith(".wasm"));
  const wasm = Buffer.concat(wasmFiles.map((f) => readFileSync(join(staging, f))));
  const found = sets.filter((set) => wasm.includes(Buffer.from(set)));
  if (found.length !== 1) {
    console.error(
      `post-build: error: expected the built wasm to name one chunk set in ${root}, found ${found.length} ` +
        `(${sets.length} sets there). Rebuild so build.rs writes the chunks (e.g. touch build.rs).`,
    );
    process.exit(1);
  }
  const dir = join(root, found[0]);
  const marker = join(dir, "complete");
  if (!existsSync(marker)) {
    console.error(`post-build: error: ${dir}: incomplete chunk set (no 'complete' marker); rebuild`);
    process.exit(1);
  }
  const names = readFileSync(marker, "utf8").split("\n").filter(Boolean);
  const out = join(staging, "data");
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const name of names) {
    const from = join(dir, `${name}.bin`);
    if (!existsSync(from)) {
      console.error(`post-build: error: ${from}: missing chunk file; rebuild`);
      process.exit(1);
    }
    copyFileSync(from, join(out, `${name}.bin`));
    bytes += statSync(from).size;
  }
  console.log(`post-build: ${names.length} text chunks (${bytes} bytes) from ${found[0]} → data/`);
  return names;
}

function printSizes() {
  const rows = readdirSync(staging)
    .filter((f) => /\.(wasm|js|css|html|svg)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(staging, f));
      return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  // What a browser loads for index.html; standalone.html is an alternative, not an addition.
  const total = rows.filter((r) => r.file !== "standalone.html").reduce((sum, r) => sum + r.gzip, 0);
  console.log("post-build: asset sizes (bytes)");
  for (const r of rows) console.log(`  ${r.file.padEnd(48)} raw ${String(r.raw).padStart(8)}  gzip ${String(r.gzip).padStart(8)}`);
  const wasm = rows.filter((r) => r.file.endsWith(".wasm")).reduce((s, r) => s + r.gzip, 0);
  console.log(`post-build: wasm gzip ${wasm} bytes; page total gzip ${total} bytes (without standalone.html)`);
  // The seed build is about 0.6 MB raw; a wasm many times that (a huge seed folder or
  // EXPLORER_SYNTHETIC) still works, but every visitor downloads and decodes all of it. Only
  // a release build's size says so: a debug build is several times larger at any seed size.
  for (const r of rows.filter((r) => release && r.file.endsWith(".wasm") && r.raw > WASM_WARN_BYTES)) {
    console.warn(
      `post-build: warning: ${r.file} is ${(r.raw / 1e6).toFixed(1)} MB (${(r.gzip / 1e6).toFixed(1)} MB gzipped), ` +
        `over ${WASM_WARN_BYTES / 1e6} MB: the embedded dataset is probably very large; check the seeds`,
    );
  }
}

// Every file of the build but the worker itself, and a version that changes with any byte.
function writeServiceWorker() {
  const swPath = join(staging, "sw.js");
  if (!existsSync(swPath)) return;
  const files = listFiles(staging).filter((f) => f !== "sw.js").sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(join(staging, f)));
  const version = hash.digest("hex").slice(0, 16);
  const list = ["./", ...files.map((f) => `./${f}`)];
  const sw = readFileSync(swPath, "utf8")
    .replace('"__BUILD_VERSION__"', JSON.stringify(version))
    .replace("__PRECACHE_LIST__", JSON.stringify(list));
  writeFileSync(swPath, sw);
  console.log(`post-build: service worker precaches ${list.length} URLs, version ${version}`);
}

function listFiles(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

// One HTML file with the css, the wasm-bindgen glue and the wasm (base64) inlined, so it
// works from file:// where module scripts and .wasm cannot be fetched.
function writeStandalone(indexHtml, chunks) {
  const jsFile = /import init, \* as bindings from '\.\/([^']+\.js)'/.exec(indexHtml)?.[1];
  const wasmFile = /module_or_path: '\.\/([^']+\.wasm)'/.exec(indexHtml)?.[1];
  if (!jsFile || !wasmFile) {
    console.error("post-build: cannot find the loader's js and wasm in index.html; standalone.html not written");
    process.exit(1);
  }
  const glue = readFileSync(join(staging, jsFile), "utf8");
  const wasm = readFileSync(join(staging, wasmFile)).toString("base64");
  const css = /<style>([\s\S]*?)<\/style>/.exec(indexHtml)?.[1] ?? "";
  // The glue's default export is its init function; its local name is whatever the minifier
  // left, so read it from the export clause.
  const init = /export\s*\{[^}]*?([\w$]+)\s+as\s+default\b/.exec(glue)?.[1];
  if (!init) {
    console.error(`post-build: no default export (the init function) in ${jsFile}; standalone.html not written`);
    process.exit(1);
  }
  const boot = `${glue}
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await ${init}({ module_or_path: wasmBytes });
`;
  const icon = /<link rel="icon" href="(data:[^"]+)"/.exec(indexHtml)?.[1] ?? "data:,";
  const scriptHash = `'sha256-${createHash("sha256").update(boot).digest("base64")}'`;
  const styleHash = `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
  const policy = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${scriptHash}`,
    `style-src ${styleHash}`,
    "img-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  // Data blocks (a non-script type) are never executed, so the CSP does not apply to them.
  // In <head>: the app mounts on <body> and clears it.
  const chunkBlocks = chunks
    .map((name) => {
      const data = readFileSync(join(staging, "data", `${name}.bin`)).toString("base64");
      return `    <script type="application/octet-stream" data-chunk="${name}">${data}</script>`;
    })
    .join("\n");
  const head = /<head>([\s\S]*?)<\/head>/.exec(indexHtml)?.[1] ?? "";
  const keep = head
    .split("\n")
    .filter((l) => /<meta (charset|name)=|<title>/.test(l))
    .join("\n");
  const page = `<!DOCTYPE html>
<html lang="ko">
  <head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
${keep}
    <link rel="icon" href="${icon}">
    <style>${css}</style>
${chunkBlocks}
  </head>
  <body>
    <noscript>이 탐색기는 자바스크립트와 WebAssembly가 필요합니다. This explorer needs JavaScript and WebAssembly.</noscript>
    <script type="module">${boot}</script>
  </body>
</html>
`;
  writeFileSync(join(staging, "standalone.html"), page);
  console.log(`post-build: standalone.html ${page.length} bytes`);
}
