// Validates ddlint's JSON against schemas/: the shipped presets and example configs against
// config.schema.json, and real `ddlint check --format json` output against report.schema.json.
// Usage: node validate_schemas.mjs <ddlint-binary> <source-dir> <build-dir>
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const [ddlint, src] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const load = (p) => JSON.parse(readFileSync(p, 'utf8'));
// Config files allow comments; strip // line comments outside strings for the validator.
const loadJsonc = (p) => JSON.parse(readFileSync(p, 'utf8').replace(/^\s*\/\/.*$/gm, ''));
const config = ajv.compile(load(join(src, 'schemas/config.schema.json')));
const report = ajv.compile(load(join(src, 'schemas/report.schema.json')));
let failures = 0;
const check = (validate, data, what) => {
  if (!validate(data)) {
    failures++;
    console.error(`${what}: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
  } else {
    console.log(`ok ${what}`);
  }
};

for (const f of readdirSync(join(src, 'rules')).filter((f) => f.endsWith('.json'))) {
  check(config, load(join(src, 'rules', f)), `rules/${f}`);
}
for (const p of ['examples/.ddlint.json']) {
  if (existsSync(join(src, p))) check(config, loadJsonc(join(src, p)), p);
}

// Real reports: the examples, every fixture folder, and a file with hostile input.
const runs = [[join(src, 'examples')], [join(src, 'tests/rules')], [join(src, 'tests/catalog')]];
const dir = mkdtempSync(join(tmpdir(), 'ddlint-schema-'));
writeFileSync(join(dir, 'bad.sql'), 'CREATE TABLE (;\nCREATE TABLE t (id int, id int);\n');
runs.push([join(dir, 'bad.sql')]);
for (const args of runs) {
  if (!existsSync(args[0])) continue;
  let out;
  try {
    out = execFileSync(ddlint, ['check', ...args, '--format', 'json', '--fail-on', 'never',
      '--config', join(src, 'rules/strict.json')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch (e) {
    failures++;
    console.error(`ddlint failed on ${args}: ${e.message}`);
    continue;
  }
  const data = JSON.parse(out);
  check(report, data, `report of ${args.join(' ')} (${data.findings.length} findings)`);
}
process.exit(failures === 0 ? 0 : 1);
