// Inputs for the compliance-report tests (browser_report.mjs, mermaid_report.mjs): the example
// project, the golden case, hostile names, and a generated schema over the one-diagram bound.
// Each case knows the tables the ER diagram must draw, taken from `ddlint catalog --format json`
// (tables and partitioned tables, not views, not partitions).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function ddlintRun(ddlint, args) {
  const r = spawnSync(ddlint, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`ddlint ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  }
  return r;
}

// The names as the report shows them: "name" in public, "schema.name" elsewhere.
export function displayName(t) {
  return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
}

export function expectedTables(ddlint, inputArgs) {
  const cat = JSON.parse(ddlintRun(ddlint, ['catalog', ...inputArgs, '--format', 'json']).stdout);
  return cat.tables
    .filter((t) => !['view', 'materialized view'].includes(t.kind) && !t.partition_of)
    .map(displayName);
}

function hostileCase(work) {
  const dir = join(work, 'hostile');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '001.sql'), [
    'CREATE SCHEMA "we""ird <schema>";',
    'CREATE TABLE "a<b&c>" (id int PRIMARY KEY, "x""y" text);',
    'CREATE TABLE "</script><script>alert(1)</script>" (id int PRIMARY KEY, a_id int REFERENCES "a<b&c>" (id));',
    'CREATE TABLE "we""ird <schema>"."t|`1`\\n" (id int PRIMARY KEY, "line\nbreak" int REFERENCES "a<b&c>");',
    'CREATE TABLE "😀 emoji ünïcode" (id bigint, "{{mustache}}" text, "%(x)s" text);',
    'CREATE TABLE "--comment */ /*" (id int REFERENCES "a<b&c>", "\'quote" int);',
    'CREATE TABLE "erDiagram" ("PK" int PRIMARY KEY, "}o--||" int);',
    'CREATE TABLE "a b c" ("}|..|{" int REFERENCES "erDiagram" ("PK"));',
    'CREATE TABLE "\\N \\G \\E" (id int);',
    'ALTER TABLE "a<b&c>" ENABLE ROW LEVEL SECURITY;',
    'CREATE POLICY "<p>" ON "a<b&c>" USING ("x""y" <> \'</td>\');',
    'CREATE TABLE (;',
    '',
  ].join('\n'));
  return [dir];
}

// Over the one-diagram bound (150): one connected component of 260 tables in schema app (a hub
// that every table references, chains within name-prefix groups) and 100 unconnected tables in
// schema audit.
function largeCase(work) {
  const dir = join(work, 'large');
  mkdirSync(dir, { recursive: true });
  const lines = ['CREATE SCHEMA app;', 'CREATE SCHEMA audit;',
    'CREATE TABLE app.hub (id bigint PRIMARY KEY);'];
  const prefixes = ['ci', 'merge', 'user', 'vuln', 'zoekt'];
  const name = (i) => `${prefixes[i % 5]}_t${String(i).padStart(4, '0')}`;
  for (let i = 1; i < 260; i++) {
    let cols = `id bigint PRIMARY KEY, hub_id bigint NOT NULL REFERENCES app.hub (id)`;
    if (i > 5) cols += `, prev_id bigint REFERENCES app.${name(i - 5)} (id)`;
    if (i % 7 === 0) cols += ', created timestamp'; // a warning here and there
    lines.push(`CREATE TABLE app.${name(i)} (${cols});`);
  }
  for (let i = 0; i < 100; i++) lines.push(`CREATE TABLE audit.log_${String(i).padStart(4, '0')} (id bigint);`);
  writeFileSync(join(dir, 'schema.sql'), lines.join('\n') + '\n');
  return [dir];
}

export function reportCases(src, work) {
  return [
    { name: 'examples', args: [join(src, 'examples/migrations'), '--config', join(src, 'examples/.ddlint.json')] },
    { name: 'compliance', args: [join(src, 'tests/report/compliance'), '--config', join(src, 'rules/strict.json')] },
    { name: 'hostile', args: [...hostileCase(work), '--config', join(src, 'rules/strict.json')] },
    { name: 'large', args: largeCase(work), split: true },
  ];
}
