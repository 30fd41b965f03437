// `npm test`: every check, in the order that fails fastest. Browser tests included.
// Steps: format check, build (type-checks every package), lint, first-load JS budget, type-check tests, unit + API tests, browser tests.
// Set DATABASE_URL to also prove the store against PostgreSQL (CI does, see .ci/run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findOrInstallChromium } from './find-chromium.mjs';

const npx = (args, env = {}) => run('npx', args, env);

function run(cmd, args, env = {}) {
  console.log(`\n[test] $ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function counts(file, read) {
  const report = readReport(file);
  return report === null ? { passed: 0, failed: 0 } : read(report);
}

const firstLines = (text) =>
  String(text ?? '')
    .split('\n')
    .slice(0, 6)
    .join(' | ')
    .slice(0, 600);

function readReport(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function failedUnitTests() {
  const report = readReport('reports/unit-results.json');
  return (report?.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map(
        (test) =>
          `${file.name.replace(process.cwd(), '.')} › ${test.fullName}: ${firstLines(test.failureMessages?.[0])}`,
      ),
  );
}

function failedBrowserTests() {
  const lines = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected') {
          const error = test.results?.at(-1)?.error?.message;
          lines.push(`${spec.file}:${spec.line} › ${spec.title} [${test.projectName}]: ${firstLines(error)}`);
        }
      }
    }
    (suite.suites ?? []).forEach(visit);
  };
  (readReport('reports/e2e-results.json')?.suites ?? []).forEach(visit);
  return lines;
}

// Playwright empties test-results/ when it starts, so the summaries live in reports/.
rmSync('reports', { recursive: true, force: true });
const chromium = findOrInstallChromium();
console.log(`[test] Browser tests use Chromium: ${chromium}`);

const steps = [
  ['format', () => run('npm', ['run', 'format'])],
  // Type-aware lint reads the other packages' built declarations, so it runs after the build.
  ['build', () => run('npm', ['run', 'build'])],
  ['lint', () => run('npm', ['run', 'lint'])],
  ['first-load budget', () => run('node', ['scripts/check-bundle-budget.mjs'])],
  ['typecheck tests', () => npx(['tsc', '-p', 'tsconfig.tooling.json', '--noEmit'])],
  [
    'unit and API tests',
    () =>
      npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit-results.json']),
  ],
  ['browser tests', () => npx(['playwright', 'test'], { CHROMIUM_PATH: chromium })],
];

const failedSteps = [];
for (const [name, step] of steps) {
  if (!step()) {
    failedSteps.push(name);
    // Later steps depend on the build; stop early when it breaks.
    if (name === 'build') {
      break;
    }
  }
}

const unit = counts('reports/unit-results.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const e2e = counts('reports/e2e-results.json', (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
}));
const passed = unit.passed + e2e.passed;
// A test step that failed counts through its failed tests; any other failed step (format, lint, a
// test run that crashed before reporting) counts once.
const stepsFailedWithoutTests = failedSteps.filter(
  (name) => !(name === 'unit and API tests' && unit.failed > 0) && !(name === 'browser tests' && e2e.failed > 0),
).length;
const failed = unit.failed + e2e.failed + stepsFailedWithoutTests;
console.log(
  `\n[test] unit/API: ${unit.passed} passed, ${unit.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`,
);
if (failedSteps.length > 0) {
  console.log(`[test] failed steps: ${failedSteps.join(', ')}`);
}
// The last lines are what a CI log keeps, so they name each failed test and the start of its message.
for (const line of [...failedUnitTests(), ...failedBrowserTests()]) {
  console.log(`[test] FAILED ${line}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
