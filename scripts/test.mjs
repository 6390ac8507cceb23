#!/usr/bin/env node
// `npm test`: every check, in order, each one run even when an earlier one failed, so a single
// run on a busy CI machine reports everything that is wrong instead of stopping at the first
// failing step. Exits non-zero if any step failed. The last line counts the tests of every
// vitest run ("tests: N passed, N failed").
// Plain Node ESM on purpose: it must run before anything is built or transpiled.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const results = mkdtempSync(join(tmpdir(), 'curator-test-results-'));
const vitestJson = (name) => ['--reporter=default', '--reporter=json', `--outputFile.json=${join(results, `${name}.json`)}`];

/** Each step: a name, the command, and the step it needs to have passed (if any). */
const STEPS = [
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'firefox build + web-ext lint', command: ['npm', 'run', '--silent', 'lint:firefox'] },
  { name: 'unit and UI tests', command: ['npx', 'vitest', 'run', ...vitestJson('unit')], counts: 'unit' },
  { name: 'e2e build', command: ['npm', 'run', '--silent', 'build:e2e'] },
  {
    name: 'e2e tests (Chromium)',
    command: ['npx', 'vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...vitestJson('e2e')],
    counts: 'e2e',
    needs: 'e2e build',
  },
  { name: 'firefox e2e build', command: ['npx', 'vite', 'build', '--mode', 'firefox-e2e'] },
  {
    name: 'e2e tests (Firefox ESR)',
    command: ['npx', 'vitest', 'run', '--config', 'test/e2e/firefox/vitest.config.ts', ...vitestJson('e2e-firefox')],
    counts: 'e2e-firefox',
    needs: 'firefox e2e build',
  },
];

const outcome = new Map();
for (const step of STEPS) {
  if (step.needs && outcome.get(step.needs) !== 'passed') {
    outcome.set(step.name, 'not run');
    console.log(`\n=== ${step.name}: not run (${step.needs} failed)`);
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0], step.command.slice(1), { cwd: repoRoot, stdio: 'inherit' });
  const status = run.status === 0 ? 'passed' : 'failed';
  outcome.set(step.name, status);
  console.log(`=== ${step.name}: ${status} in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** A vitest JSON report's counts, or none when the run did not get far enough to write one. */
function counts(name) {
  try {
    const report = JSON.parse(readFileSync(join(results, `${name}.json`), 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  } catch {
    return undefined;
  }
}

console.log('\nSummary');
for (const step of STEPS) {
  const tally = step.counts ? counts(step.counts) : undefined;
  const detail = tally ? ` (${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped)` : '';
  console.log(`  ${outcome.get(step.name).padEnd(8)} ${step.name}${detail}`);
}
const tallies = STEPS.filter((step) => step.counts)
  .map((step) => counts(step.counts))
  .filter(Boolean);
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
const skipped = tallies.reduce((sum, tally) => sum + tally.skipped, 0);
rmSync(results, { recursive: true, force: true });
const stepsFailed = [...outcome.values()].some((status) => status !== 'passed');
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(stepsFailed ? 1 : 0);
