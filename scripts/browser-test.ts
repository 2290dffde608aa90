// `npm run test:browser`: checks the docs site and the ESM bundle in headless Chromium.
// Serves docs/site and dist/ from a tiny node:http server on a free localhost port, then asserts
// that every activation page loads with no console error and shows a non-empty plot SVG, that
// the project documents load, that search finds `gelu`, and that a page importing the built ESM
// bundle computes gelu(1) and runs rectified/simd (init() ready, SIMD kernels equal to the
// JavaScript ones, in place on allocF32 arrays too). Saves a screenshot of the gelu page as
// docs/site/screenshot-gelu.png, beside the site it shows (git-ignored, so a run leaves the tree
// clean). Exits non-zero on any failure.
// Needs Debian's chromium at /usr/bin/chromium (or CHROMIUM_PATH); builds dist/ and docs/site/
// first when they are missing (`npm run test:browser` always rebuilds the docs).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { activationEntries, extraEntries } from './activations.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const site = join(root, 'docs/site');
const dist = join(root, 'dist');
const GELU_1 = 0.841344746068543;

if (!existsSync(join(dist, 'index.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
if (!existsSync(join(site, 'index.html'))) execSync('npm run docs', { cwd: root, stdio: 'inherit' });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ts': 'text/plain; charset=utf-8',
};

// A page that imports the bundle the way a browser user would (root and a subpath entry, and
// rectified/simd: initialised, then SIMD kernels on 1000 elements against the root's).
const ESM_PAGE = `<!doctype html><meta charset="utf-8"><title>ESM check</title><script type="module">
import { gelu, geluF32, leakyReluBackwardF32 as jsBackward, hardSigmoidF32 as jsHardSigmoid } from '/dist/index.js';
import { relu } from '/dist/relu.js';
import * as simd from '/dist/simd.js';
window.__esm = { gelu1: gelu(1), f32: Array.from(geluF32(new Float32Array(2), Float32Array.of(0, 1))), relu: relu(-2) };
const before = simd.simdStatus();
const status = await simd.init();
const x = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 8);
const dy = Float32Array.from({ length: 1000 }, (_, i) => Math.cos(i));
const same = (a, b) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
const a = simd.refreshF32(simd.allocF32(1000));
a.set(x);
window.__simd = {
  before,
  status,
  after: simd.simdStatus(),
  kernels: simd.simdKernels().length,
  backward: same(simd.leakyReluBackwardF32(new Float32Array(1000), dy, x, 0.1), jsBackward(new Float32Array(1000), dy, x, 0.1)),
  inPlace: same(simd.hardSigmoidF32(a, a), jsHardSigmoid(new Float32Array(1000), x)),
};
</script>`;

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path === '/esm-check.html') {
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(ESM_PAGE);
    return;
  }
  const [base, rel] = path.startsWith('/dist/') ? [dist, path.slice(6)] : [site, path.slice(1) || 'index.html'];
  const file = normalize(join(base, rel));
  if (!file.startsWith(base) || !existsSync(file) || !/\.\w+$/.test(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const failures: string[] = [];
const counts = { pages: 0, plots: 0 };
const check = (ok: boolean, message: string): void => {
  if (!ok) failures.push(message);
};

/** Opens a page and records console errors, uncaught exceptions and failed requests. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) errors.push(`HTTP ${response?.status() ?? 'no response'} for ${url}`);
  return { page, errors };
}

/** Every plot <img> of the page: loaded, and its SVG has at least one non-empty series path. */
async function checkPlots(page: Page, name: string, min: number): Promise<void> {
  const srcs = await page.$$eval('img[src$=".svg"]', (imgs) =>
    imgs.map((i) => ({ src: (i as unknown as { src: string }).src, width: (i as unknown as { naturalWidth: number }).naturalWidth })),
  );
  check(srcs.length >= min, `${name}: ${srcs.length} plot(s), expected at least ${min}`);
  for (const { src, width } of srcs) {
    check(width > 0, `${name}: plot ${src} did not load`);
    const svg = await page.evaluate(async (u) => (await fetch(u)).text(), src);
    const paths = [...svg.matchAll(/<path class="series"[^>]* d="([^"]*)"/g)].filter((m) => m[1].length > 20);
    check(svg.startsWith('<svg') && paths.length > 0, `${name}: plot ${src} has no drawn series`);
    check(!/NaN|Infinity/.test(svg), `${name}: plot ${src} contains NaN/Infinity`);
    counts.plots++;
  }
}

try {
  // Every activation page (one typedoc module per activation entry point) and every document.
  const extras = extraEntries().map((e) => `${e.name}.html`);
  const modules = readdirSync(join(site, 'modules')).filter((f) => f.endsWith('.html') && !extras.includes(f));
  check(modules.length === activationEntries().length, `${modules.length} activation pages for ${activationEntries().length} activations`);
  for (const file of extras) {
    // rectified/simd's page: no plot, but it loads cleanly and lists the kernels.
    const { page, errors } = await open(`${origin}/modules/${file}`);
    check(errors.length === 0, `modules/${file}: ${errors.join('; ')}`);
    check((await page.content()).includes('simdKernels'), `modules/${file} does not mention simdKernels`);
    counts.pages++;
    await page.close();
  }
  for (const file of modules) {
    const { page, errors } = await open(`${origin}/modules/${file}`);
    check(errors.length === 0, `modules/${file}: ${errors.join('; ')}`);
    await checkPlots(page, `modules/${file}`, 1);
    counts.pages++;
    // The function named after the module shows the plot and formula too (typedoc-plugin.mjs).
    const name = file.slice(0, -'.html'.length);
    const fn = await open(`${origin}/functions/${name}.${name}.html`);
    check(fn.errors.length === 0, `functions/${name}.${name}.html: ${fn.errors.join('; ')}`);
    await checkPlots(fn.page, `functions/${name}.${name}.html`, 1);
    check((await fn.page.$$eval('pre code', (c) => c.length)) > 0, `functions/${name}.${name}.html: no formula block`);
    counts.pages++;
    await fn.page.close();
    if (file === 'gelu.html') {
      await page.screenshot({ path: join(site, 'screenshot-gelu.png') });
    }
    await page.close();
  }
  for (const file of readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html'))) {
    const { page, errors } = await open(`${origin}/documents/${encodeURIComponent(file)}`);
    check(errors.length === 0, `documents/${file}: ${errors.join('; ')}`);
    if (file.startsWith('Overview')) await checkPlots(page, `documents/${file}`, 2);
    counts.pages++;
    await page.close();
  }

  // Search: the typedoc search dialog lists gelu.
  {
    const { page, errors } = await open(`${origin}/index.html`);
    counts.pages++;
    await page.click('#tsd-search-trigger');
    await page.fill('#tsd-search-input', 'gelu');
    await page.waitForSelector('#tsd-search-results li a', { timeout: 10_000 }).catch(() => undefined);
    const results = await page.$$eval('#tsd-search-results li a', (as) => as.map((a) => a.textContent ?? ''));
    check(
      results.some((t) => /gelu/i.test(t)),
      `search for gelu found: ${JSON.stringify(results.slice(0, 5))}`,
    );
    const href = await page.$$eval('#tsd-search-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    check(
      href.some((h) => /gelu/.test(h)),
      'search results do not link to a gelu page',
    );
    check(errors.length === 0, `index.html: ${errors.join('; ')}`);
    await page.close();
  }

  // The ESM bundle in the browser.
  {
    const { page, errors } = await open(`${origin}/esm-check.html`);
    await page.waitForFunction(() => '__esm' in globalThis, undefined, { timeout: 10_000 }).catch(() => undefined);
    const esm = await page.evaluate(() => (globalThis as { __esm?: { gelu1: number; f32: number[]; relu: number } }).__esm);
    check(esm?.gelu1 === GELU_1, `ESM gelu(1) = ${String(esm?.gelu1)}, expected ${GELU_1}`);
    check(JSON.stringify(esm?.f32) === JSON.stringify([0, Math.fround(GELU_1)]), `ESM geluF32 = ${JSON.stringify(esm?.f32)}`);
    check(esm?.relu === 0, `ESM relu(-2) from dist/relu.js = ${String(esm?.relu)}`);
    await page.waitForFunction(() => '__simd' in globalThis, undefined, { timeout: 10_000 }).catch(() => undefined);
    const simd = await page.evaluate(() => (globalThis as { __simd?: Record<string, unknown> }).__simd);
    const wantSimd = { before: 'uninitialised', status: 'ready', after: 'ready', backward: true, inPlace: true };
    check(
      simd !== undefined && Object.entries(wantSimd).every(([k, v]) => simd[k] === v) && Number(simd.kernels) >= 27,
      `rectified/simd in Chromium: ${JSON.stringify(simd)}, expected ${JSON.stringify(wantSimd)} and ≥ 27 kernels`,
    );
    check(errors.length === 0, `esm-check.html: ${errors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`browser test FAILED (${failures.length}):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `browser test passed: ${counts.pages} pages and ${counts.plots} plots checked; search finds gelu; ESM gelu(1) = ${GELU_1}; rectified/simd ready in Chromium`,
);
