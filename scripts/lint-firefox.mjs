// `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`, offline) over dist-firefox/,
// the checks addons.mozilla.org runs on upload. Fails on any error or notice, and on any warning
// that is not one of the explained ones below (docs/firefox.md: "web-ext lint warnings").
// A new warning is never waved through by its code alone: each explained one names the file
// chunk and the code around the flagged spot, so an innerHTML of our own would still fail.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

// Another folder may be named (to try the allowlist on a doctored copy); the build's by default.
const sourceDir = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../dist-firefox/', import.meta.url));

/** Each: the linter's code, the built file it is in, and a pattern the code around it matches. */
const EXPLAINED = [
  {
    why: 'Firefox for Android is not a target (no context menus or shortcuts there), so there is no gecko_android minimum',
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    message: /data_collection_permissions/,
  },
  {
    why: "Preact's renderer applying dangerouslySetInnerHTML, only ever on DOMPurify's output: the editor's preview and the archive view's intro and blurbs",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Whichever chunk holds Preact: the popup's entry has its own copy (`index.html-<hash>.js`).
    file: /^assets\/[\w.-]+\.js$/,
    around: /dangerouslySetInnerHTML/,
  },
  {
    why: 'emoji-picker-element parsing its own constant templates',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/emoji-picker-element-[\w-]+\.js$/,
    around: /createElement\(.template.\)[\s\S]{0,40}\.innerHTML=/,
  },
  {
    why: "DOMPurify's sanitizer parsing the markup it is about to clean, in an inert document",
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/render-issue-[\w-]+\.js$/,
    around: /parseFromString[\s\S]*documentElement\.innerHTML=/,
  },
  {
    why: "function-bind's fallback for browsers without Function.prototype.bind (every supported one has it), bundled with isomorphic-git's SHA-1 (sha.js); never called, and the extension's CSP would refuse it",
    code: 'DANGEROUS_EVAL',
    file: /^assets\/sync-now-[\w-]+\.js$/,
    around: /Function\(`binder`,`return function \(`/,
  },
  {
    why: "get-intrinsic's table of built-ins naming eval (bundled with sha.js through to-buffer); the table is only read for the intrinsics sha.js asks for, never %eval%",
    code: 'DANGEROUS_EVAL',
    file: /^assets\/sync-now-[\w-]+\.js$/,
    around: /"%eval%":eval,/,
  },
];

/** The minified code just before the flagged spot, where the pattern to recognize it is. */
function codeAround({ file, line, column }) {
  if (!file || !line || column === undefined) return '';
  const text = readFileSync(join(sourceDir, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 400), column + 100);
}

function explanationFor(warning) {
  return EXPLAINED.find(
    (known) =>
      known.code === warning.code &&
      known.file.test(warning.file ?? '') &&
      (!known.message || known.message.test(`${warning.message} ${[warning.description].flat().join(' ')}`)) &&
      (!known.around || known.around.test(codeAround(warning))),
  );
}

const shown = relative(process.cwd(), sourceDir) || '.';
const result = await webExt.cmd.lint({ sourceDir, output: 'none', boring: true }, { shouldExitProgram: false });
const describe = (item) => `  ${item.code} ${item.file ?? ''}${item.line ? `:${item.line}:${item.column}` : ''}\n    ${item.message}`;
const unexplained = result.warnings.filter((warning) => !explanationFor(warning));

for (const warning of result.warnings) {
  const known = explanationFor(warning);
  if (known) console.log(`explained warning: ${warning.code} ${warning.file} (${known.why})`);
}
const failures = [...result.errors, ...result.notices, ...unexplained];
if (failures.length > 0) {
  console.error(`web-ext lint on ${shown}: ${result.errors.length} errors, ${result.notices.length} notices, ${unexplained.length} unexplained warnings`);
  for (const item of failures) console.error(describe(item));
  console.error('Fix them, or explain a warning in docs/firefox.md and in scripts/lint-firefox.mjs.');
  process.exit(1);
}
console.log(`web-ext lint on ${shown}: 0 errors, 0 notices, ${result.warnings.length} warnings, all explained`);
