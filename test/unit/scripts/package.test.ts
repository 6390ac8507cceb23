// Runs the real packaging (scripts/package.mjs) on fresh Chrome and Firefox builds made into a
// temporary folder, and reads the zips back: what a store receives, file by file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../../scripts/manifest-for';
import { BUILD_TIMEOUT } from '../../timeouts';

const root = join(import.meta.dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'kubelist-package-'));

/** The builds must not see vitest's variables: with VITEST set, vite.config.ts leaves out crx. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

function run(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: root, env: cleanEnv(), encoding: 'utf8' });
}

function runOk(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const vite = join(root, 'node_modules/vite/bin/vite.js');
const packageArgs = (out: string) => ['scripts/package.mjs', '--chrome', join(work, 'chrome'), '--firefox', join(work, 'firefox'), '--out', join(work, out)];
const zipNames = (browser: string) => `kubelist-curator-${browser}-${version}.zip`;

function readZip(out: string, browser: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(join(work, out, zipNames(browser))));
}
/** The built manifest's fields these tests read. */
interface ZippedManifest {
  manifest_version: number;
  version: string;
  minimum_chrome_version?: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  options_ui?: { page?: string };
  background: { service_worker?: string; scripts?: string[] };
  default_locale?: string;
  browser_specific_settings?: { gecko: { id: string } };
}
const manifestIn = (zip: Record<string, Uint8Array>) => JSON.parse(strFromU8(zip['manifest.json']!)) as ZippedManifest;

/** Every file a manifest points at. */
function namedFiles(manifest: ZippedManifest): string[] {
  return [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.default_locale && `_locales/${manifest.default_locale}/messages.json`,
  ].filter((file): file is string => typeof file === 'string');
}

beforeAll(() => {
  runOk([vite, 'build', '--logLevel', 'warn', '--outDir', join(work, 'chrome'), '--emptyOutDir']);
  runOk([vite, 'build', '--logLevel', 'warn', '--mode', 'firefox', '--outDir', join(work, 'firefox'), '--emptyOutDir']);
  runOk(packageArgs('packages'));
}, BUILD_TIMEOUT);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package', () => {
  it.each(['chrome', 'firefox'])('writes a %s zip that loads as is: manifest at the root, every file it names, the version', (browser) => {
    const zip = readZip('packages', browser);
    const manifest = manifestIn(zip);
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
    for (const file of namedFiles(manifest)) expect(Object.keys(zip)).toContain(file);
    expect(Object.keys(zip)).toContain('_locales/de/messages.json');
  });

  it.each(['chrome', 'firefox'])('keeps source maps, sources, tests and dot-files out of the %s zip', (browser) => {
    const files = Object.keys(readZip('packages', browser));
    expect(files.filter((file) => /\.(map|tsx?)$/.test(file) || /(^|\/)(\.|test\/|node_modules\/)/.test(file))).toEqual([]);
    // Built code only: the pages, the bundles, the icons, the UI text of each language.
    expect(
      files.every((file) =>
        /^(manifest\.json|_locales\/[\w-]+\/messages\.json$|service-worker-loader\.js|popup\/index\.html|options\/index\.html|assets\/|src\/assets\/icons\/icon-\d+\.png$)/.test(
          file,
        ),
      ),
    ).toBe(true);
  });

  it('makes the Chrome zip a service worker build and the Firefox zip an event page build', () => {
    const chrome = manifestIn(readZip('packages', 'chrome'));
    const firefox = manifestIn(readZip('packages', 'firefox'));
    expect(chrome.background.service_worker).toBeTruthy();
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.minimum_chrome_version).toBeDefined();
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.browser_specific_settings?.gecko.id).toBe(GECKO_ID);
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('writes a sources zip AMO reviewers can rebuild the Firefox zip from', () => {
    const files = Object.keys(readZip('packages', 'sources'));
    for (const file of [
      'BUILDING.md',
      'README.md',
      'docs/firefox.md',
      'package.json',
      'package-lock.json',
      'manifest.json',
      '_locales/en/messages.json',
      '_locales/de/messages.json',
      'vite.config.ts',
      'tsconfig.json',
      'scripts/manifest-for.ts',
      'src/background/index.ts',
      'popup/index.html',
      'options/index.html',
      'src/assets/icons/icon.svg',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(dist|dist-[\w-]+|node_modules|packages|test)\//.test(file))).toEqual([]);
    expect(strFromU8(readZip('packages', 'sources')['BUILDING.md']!)).toContain('npm run build:firefox');
  });

  it('gives the same bytes for the same build', () => {
    runOk(packageArgs('again'));
    for (const browser of ['chrome', 'firefox']) {
      expect(readFileSync(join(work, 'again', zipNames(browser))).equals(readFileSync(join(work, 'packages', zipNames(browser))))).toBe(true);
    }
  });

  it('refuses a build whose manifest version is not the package version', () => {
    const stale = join(work, 'stale');
    mkdirSync(stale);
    writeFileSync(join(stale, 'manifest.json'), JSON.stringify({ manifest_version: 3, version: '0.0.0-stale' }));
    const result = run(['scripts/package.mjs', '--chrome', stale, '--firefox', join(work, 'firefox'), '--out', join(work, 'refused')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`chrome build is version 0.0.0-stale, package.json says ${version}`);
  });
});
