// `npm run package` (after the Chrome and Firefox builds): the store uploads, in packages/.
//
//   kubelist-curator-chrome-{version}.zip    dist/, for the Chrome Web Store
//   kubelist-curator-firefox-{version}.zip   dist-firefox/, for addons.mozilla.org
//   kubelist-curator-sources-{version}.zip   the sources AMO reviewers rebuild the Firefox zip from
//
// The version is package.json's; a build whose manifest says otherwise is refused. Each store
// zip has manifest.json at its root and every file the manifest names, so it loads as is. Zips
// are written with fflate and a fixed timestamp, so the same build gives the same bytes.
// Plain Node ESM, like scripts/start.mjs: it runs without a TypeScript step.
//
//   node scripts/package.mjs [--chrome DIR] [--firefox DIR] [--out DIR]   (the tests use these)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: { chrome: { type: 'string' }, firefox: { type: 'string' }, out: { type: 'string' } },
});
const chromeDir = resolve(root, args.chrome ?? 'dist');
const firefoxDir = resolve(root, args.firefox ?? 'dist-firefox');
const outDir = resolve(root, args.out ?? 'packages');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** What the sources zip holds: what `npm ci && npm run build:firefox` reads, and nothing else. */
const SOURCE_PATHS = [
  'package.json',
  'package-lock.json',
  'manifest.json',
  '_locales/',
  'vite.config.ts',
  'tsconfig.json',
  'README.md',
  'docs/firefox.md',
  'src/',
  'popup/',
  'options/',
  'scripts/manifest-for.ts',
  'scripts/make-icons.mjs',
];

/** Never shipped in a store zip: source maps, and dot-files such as Vite's own .vite/ records. */
const notForStores = (path) => path.endsWith('.map') || path.split('/').some((part) => part.startsWith('.'));

// Zip timestamps are local DOS times; a fixed local date keeps the bytes the same everywhere.
const MTIME = new Date(1980, 0, 2);

function fail(message) {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every file the manifest points at, so a zip missing one is caught here, not by a store. */
function filesNamedBy(manifest) {
  const named = [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    // `__MSG_…__` in the manifest are read from here; a browser refuses the add-on without it.
    manifest.default_locale && `_locales/${manifest.default_locale}/messages.json`,
  ];
  return named.filter((file) => typeof file === 'string');
}

function writeZip(name, entries) {
  const zip = zipSync(Object.fromEntries(entries.map(([path, data]) => [path, [data, { mtime: MTIME }]])), { level: 9 });
  const file = join(outDir, name);
  writeFileSync(file, zip);
  console.log(`${relative(root, file) || file}: ${entries.length} files, ${(zip.length / 1024).toFixed(0)} KiB`);
}

function storeZip(browser, dir) {
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) fail(`${dir} has no manifest.json: run the ${browser} build first.`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  if (manifest.version !== version) fail(`${browser} build is version ${manifest.version}, package.json says ${version}: rebuild it.`);
  const files = filesUnder(dir).filter((path) => !notForStores(path));
  const missing = filesNamedBy(manifest).filter((path) => !files.includes(path));
  if (missing.length > 0) fail(`${browser} manifest names files the build does not have: ${missing.join(', ')}`);
  writeZip(
    `kubelist-curator-${browser}-${version}.zip`,
    files.map((path) => [path, readFileSync(join(dir, path))]),
  );
}

function sourceFiles() {
  // Tracked files plus new ones not yet committed (never ignored ones): on a fresh clone, exactly
  // the tracked files.
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((path) => path && existsSync(join(root, path)));
  const wanted = (path) => SOURCE_PATHS.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry));
  return [...new Set(listed)].filter(wanted).sort();
}

function buildNote() {
  return `# Kubelist Curator ${version}: building the Firefox add-on from these sources

Needs Node.js 20 or later and npm (built with Node ${process.versions.node} on ${process.platform}).

    npm ci
    npm run build:firefox

dist-firefox/ then holds the add-on: the same files as kubelist-curator-firefox-${version}.zip.
All third-party code comes from the npm packages pinned in package-lock.json; Vite bundles and
minifies it with the project's own code (vite.config.ts, \`--mode firefox\`). The Firefox
manifest is made from manifest.json by scripts/manifest-for.ts. docs/firefox.md says more.
`;
}

mkdirSync(outDir, { recursive: true });
storeZip('chrome', chromeDir);
storeZip('firefox', firefoxDir);
const sources = sourceFiles();
if (!sources.includes('package-lock.json')) fail('package-lock.json is missing: the sources zip must pin every dependency.');
writeZip(`kubelist-curator-sources-${version}.zip`, [
  ['BUILDING.md', new TextEncoder().encode(buildNote())],
  ...sources.map((path) => [path, readFileSync(join(root, path))]),
]);
