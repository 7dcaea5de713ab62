// Opens `ddlint report --format html` output in a real browser: Debian's Chromium, headless,
// driven by playwright-core (which never downloads a browser), the file opened through file://
// with nothing served. Per case: no console error, no page error, no dialog, no request leaving
// the file; the scores, the checklist, the matrix and the ER diagram are present and visible;
// the diagram has exactly one node per table (and each table once); sorting, filtering and a
// click on a diagram node work. Saves a PNG screenshot per case into the build folder.
// Usage: node browser_report.mjs <ddlint> <source-dir> <build-dir>
//        node browser_report.mjs --open <report.html> [<screenshot.png>]   (load time of one file)
// Exit 77 (CTest: skipped) when /usr/bin/chromium is missing.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ddlintRun, expectedTables, reportCases } from './report_cases.mjs';

const CHROMIUM = process.env.DDLINT_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`skipped: ${CHROMIUM} not found (Debian package chromium; make deps-test installs it)`);
  process.exit(77);
}

let failures = 0;
const fail = (what, why) => { failures++; console.error(`FAIL ${what}: ${why}`); };
const ok = (what) => console.log(`ok ${what}`);

const profile = mkdtempSync(join(tmpdir(), 'ddlint-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Opens `file` in a fresh page; returns the page and what went wrong while loading.
async function open(file) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:')) {
      problems.push(`request to ${url}`);
    }
  });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const loadMs = performance.now() - t0;
  return { page, problems, loadMs };
}

if (process.argv[2] === '--open') {
  // Load time of one report (docs/performance.md).
  const [, , , file, shot] = process.argv;
  const { page, problems, loadMs } = await open(file);
  const nodes = await page.locator('#diagram g.node.table').count();
  const rows = await page.locator('#matrix-table tbody tr').count();
  // Time until the filter answers: type, wait for the count text to change.
  const t0 = performance.now();
  await page.fill('#matrix-filter', 'zz-no-such-table');
  await page.waitForFunction(() => document.getElementById('matrix-count').textContent.startsWith('0 of'));
  const filterMs = performance.now() - t0;
  if (shot) await page.screenshot({ path: shot });
  console.log(JSON.stringify({ file, loadMs: Math.round(loadMs), filterMs: Math.round(filterMs), nodes, rows, problems }));
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(problems.length === 0 ? 0 : 1);
}

const [ddlint, src, build] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'ddlint-report-browser-'));
const outDir = join(build, 'report-screenshots');
mkdirSync(outDir, { recursive: true });

// The largest corpus schema (GitLab, 1,400 tables) when ../shared/corpus is there: the report
// must open within a few seconds (docs/performance.md; the bound is loose for busy CI).
const cases = reportCases(src, work);
const gitlab = process.env.DDLINT_CORPUS
  ? join(process.env.DDLINT_CORPUS, 'gitlab/db/structure.sql')
  : join(src, '..', 'shared', 'corpus', 'gitlab', 'db', 'structure.sql');
if (existsSync(gitlab)) cases.push({ name: 'gitlab', args: [gitlab], split: true, maxLoadMs: 10000 });
else console.log(`corpus not found (${gitlab}): the GitLab case is skipped`);

for (const c of cases) {
  const what = `html report of ${c.name}`;
  try {
    const expected = expectedTables(ddlint, c.args);
    const file = join(work, `${c.name}.html`);
    const r = ddlintRun(ddlint, ['report', ...c.args, '--format', 'html', '--output', file]);
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
    const { page, problems, loadMs } = await open(file);
    for (const p of problems) fail(what, p);
    if (c.maxLoadMs && loadMs > c.maxLoadMs) fail(what, `loaded in ${Math.round(loadMs)} ms, over ${c.maxLoadMs} ms`);

    for (const sel of ['#scores-table', '#checklist-table', '#matrix-table', '#matrix-filter', '#diagram svg']) {
      if (!(await page.locator(sel).first().isVisible())) fail(what, `${sel} is not visible`);
    }
    const items = await page.locator('#checklist-table tbody tr').count();
    if (items !== 9) fail(what, `checklist has ${items} items, expected 9`);

    // The matrix: every table a row (views and partitions too when they have findings).
    const rowNames = await page.$$eval('#matrix-table tbody tr', (rows) => rows.map((r) => r.getAttribute('data-name')));
    const missingRows = expected.filter((n) => !rowNames.includes(n));
    if (missingRows.length) fail(what, `tables missing from the matrix: ${JSON.stringify(missingRows)}`);

    // The diagram: one node per table, each table once; node ids lead to the table sections.
    const nodes = await page.$$eval('#diagram g.node.table', (gs) => gs.map((g) => {
      const anchor = g.id.replace(/^erd-/, '');
      const row = document.querySelector(`#matrix-table a[href="#${anchor}"]`);
      return { id: g.id, name: row ? row.closest('tr').getAttribute('data-name') : null };
    }));
    const drawn = nodes.map((n) => n.name);
    if (nodes.length !== expected.length) fail(what, `${nodes.length} table nodes, expected ${expected.length}`);
    if (new Set(nodes.map((n) => n.id)).size !== nodes.length) fail(what, 'duplicate node ids');
    const notDrawn = expected.filter((n) => !drawn.includes(n));
    const extra = drawn.filter((n) => !expected.includes(n));
    if (notDrawn.length || extra.length) {
      fail(what, `diagram nodes differ from the catalog: missing ${JSON.stringify(notDrawn)}, extra ${JSON.stringify(extra)}`);
    }
    const figures = await page.$$eval('#diagram figure.erd', (fs) => fs.map((f) => f.querySelectorAll('g.node.table').length));
    if (c.split) {
      if (figures.length < 2 || figures.some((n) => n > 150)) fail(what, `diagram parts ${JSON.stringify(figures)}: expected several of at most 150 tables`);
      if (!(await page.locator('#diagram-split').isVisible())) fail(what, 'the page does not say the diagram is split');
    } else if (figures.length !== 1) {
      fail(what, `${figures.length} diagrams, expected 1`);
    }
    const errorsMarked = await page.locator('#diagram g.node.table.has-errors').count();
    const rowsWithErrors = await page.$$eval('#matrix-table tbody tr', (rows) => rows.filter((r) => r.querySelector('td.sev-error')).length);
    if (errorsMarked > rowsWithErrors) fail(what, `${errorsMarked} nodes marked with errors, but ${rowsWithErrors} matrix rows have errors`);

    // Filtering and sorting.
    const first = expected[0];
    await page.fill('#matrix-filter', first);
    const visible = await page.$$eval('#matrix-table tbody tr', (rows) => rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-name')));
    if (!visible.includes(first) || visible.some((n) => !n.toLowerCase().includes(first.toLowerCase()))) {
      fail(what, `filter "${first}" shows ${JSON.stringify(visible.slice(0, 5))}`);
    }
    await page.fill('#matrix-filter', '');
    await page.click('#matrix-table thead th:first-child button');
    const sorted = await page.$$eval('#matrix-table tbody tr', (rows) => rows.map((r) => r.getAttribute('data-name')));
    const want = [...sorted].sort((a, b) => a.localeCompare(b));
    if (JSON.stringify(sorted) !== JSON.stringify(want)) fail(what, 'sorting by name does not sort');
    await page.click('#matrix-table thead th:nth-child(2) button');
    const totals = await page.$$eval('#matrix-table tbody tr', (rows) => rows.map((r) => Number(r.cells[1].getAttribute('data-v'))));
    if (totals.some((v, i) => i > 0 && v > totals[i - 1])) fail(what, 'sorting by findings is not worst first');

    await page.screenshot({ path: join(outDir, `${c.name}.png`), fullPage: !c.split });

    // A click on a diagram node opens that table's section.
    const node = page.locator('#diagram g.node.table a text').first();
    await node.click();
    const hash = await page.evaluate(() => location.hash);
    // The page opens the section on hashchange; on a large report under load that takes a moment.
    const openSection = hash && await page.waitForFunction((h) => {
      const el = document.getElementById(h.slice(1));
      return !!el && el.tagName === 'DETAILS' && el.open;
    }, hash, { timeout: 5000 }).then(() => true, () => false);
    if (!openSection) fail(what, `clicking a diagram node did not open its section (hash ${hash})`);

    await page.close();
    if (!failures) ok(`${what}: ${expected.length} tables, ${figures.length} diagram(s), loaded in ${Math.round(loadMs)} ms`);
  } catch (e) {
    fail(what, e.stack || e.message);
  }
}

await context.close();
rmSync(profile, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? `all html reports ok; screenshots in ${outDir}` : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
