// Checks the Mermaid `erDiagram` blocks of `ddlint report --format markdown` with Mermaid's own
// parser (the `mermaid` npm package, the library GitHub renders with): every block parses, stays
// under Mermaid's default maxTextSize, and the blocks together have one entity per table (stubs
// for foreign keys into another diagram are named "(see diagram N)"). Also parses the golden
// tests/report/compliance/expected.md.
// Usage: node mermaid_report.mjs <ddlint> <source-dir>
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mermaid from 'mermaid';
import { ddlintRun, expectedTables, reportCases } from './report_cases.mjs';

const [ddlint, src] = process.argv.slice(2);
let failures = 0;
const fail = (what, why) => { failures++; console.error(`FAIL ${what}: ${why}`); };
const ok = (what) => console.log(`ok ${what}`);

mermaid.initialize({ startOnLoad: false });
const MAX_TEXT = 50000; // mermaid's default maxTextSize

// What a name becomes inside a Mermaid string (src/report/erd.cpp, mermaid_text).
const mermaidSafe = (name) => name
  .replace(/[\u0000-\u001f\u007f]/g, '\ufffd')
  .replace(/"/g, "'").replace(/</g, '‹').replace(/>/g, '›').replace(/[#;`{}\\*]/g, ' ');

// Entities (alias or id) of every block; throws with the parser's message on a bad block.
async function entities(markdown, what) {
  const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  if (blocks.length === 0) throw new Error('no ```mermaid block');
  const names = [];
  for (const [i, text] of blocks.entries()) {
    if (text.length > MAX_TEXT) fail(what, `block ${i + 1} has ${text.length} characters (mermaid's limit is ${MAX_TEXT})`);
    try {
      await mermaid.parse(text);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
      if (diagram.type !== 'er') throw new Error(`diagram type ${diagram.type}`);
      for (const e of diagram.db.getEntities().values()) names.push(e.alias || e.label);
    } catch (e) {
      throw new Error(`block ${i + 1} does not parse: ${e.message}\n${text.slice(0, 2000)}`);
    }
  }
  return { blocks: blocks.length, names: names.filter((n) => !/ \(see diagram \d+\)$/.test(n)) };
}

const work = mkdtempSync(join(tmpdir(), 'ddlint-report-mermaid-'));
for (const c of reportCases(src, work)) {
  const what = `markdown report of ${c.name}`;
  try {
    const expected = expectedTables(ddlint, c.args);
    const md = ddlintRun(ddlint, ['report', ...c.args, '--format', 'markdown']).stdout;
    const { blocks, names } = await entities(md, what);
    if (names.length !== expected.length) {
      fail(what, `${names.length} entities, expected ${expected.length} tables`);
    }
    const missing = expected.map(mermaidSafe).filter((n) => !names.includes(n));
    if (missing.length) fail(what, `tables without an entity: ${JSON.stringify(missing)}`);
    if (c.split && blocks < 2) fail(what, `${blocks} diagram(s) for a schema over the bound`);
    for (const section of ['## Scores per category', '## Normal-form checklist', '## Compliance matrix',
      '## Entity-relationship diagram', '## Tables']) {
      if (!md.includes(`\n${section}\n`)) fail(what, `no "${section}" section`);
    }
    ok(`${what}: ${blocks} erDiagram block(s), ${names.length} entities parse with mermaid`);
  } catch (e) {
    fail(what, e.message);
  }
}
try {
  const golden = readFileSync(join(src, 'tests/report/compliance/expected.md'), 'utf8');
  const { names } = await entities(golden, 'golden expected.md');
  if (names.length !== 6) fail('golden expected.md', `${names.length} entities, expected 6`);
  else ok('tests/report/compliance/expected.md: its erDiagram parses with mermaid');
} catch (e) {
  fail('golden expected.md', e.message);
}
rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'all markdown reports ok' : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
