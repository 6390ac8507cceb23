import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

/** One file of the built extension, with its size as stored and gzip-compressed. */
export interface BuiltFile {
  /** Path inside the extension, e.g. `assets/badge-BTQoUAgc.js`. */
  path: string;
  bytes: number;
  gzip: number;
}

/** Code fetched by a dynamic `import()`, with everything it pulls in that the first load did not. */
export interface LazyGroup {
  /** The chunk the `import()` names, without its hash: `EmojiPicker`, `storage`. */
  name: string;
  files: BuiltFile[];
  /** Files the group's code refers to by URL (the emoji data), fetched when it runs. */
  assets: BuiltFile[];
  gzip: number;
}

/** What an extension page costs before it is usable, and what it loads later. */
export interface PageLoad {
  /** The JS and CSS the page loads before it can run: scripts, modulepreloads, stylesheets, their static imports. */
  initial: BuiltFile[];
  gzip: number;
  lazy: LazyGroup[];
}

/** Compressed as a server would with `gzip -9`; each file on its own, as each is fetched on its own. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

function builtFile(distDir: string, path: string): BuiltFile {
  const content = readFileSync(join(distDir, path));
  return { path, bytes: content.length, gzip: gzipSize(content) };
}

const sum = (files: readonly BuiltFile[]) => files.reduce((total, file) => total + file.gzip, 0);

/** `/assets/x.js` or `./x.js` seen from `from` (a path inside the extension) → `assets/x.js`. */
function resolveInExtension(from: string, specifier: string): string {
  const path = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(from), specifier);
  return posix.normalize(path).replace(/^\/+/, '');
}

/** Attribute `name` of an HTML tag, or undefined. */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** The JS and CSS an HTML page names: module and classic scripts, modulepreloads, stylesheets. */
export function htmlResources(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, 'src');
      if (src) found.push(src);
    } else if (/^(modulepreload|stylesheet|preload)$/i.test(attribute(tag, 'rel') ?? '')) {
      const href = attribute(tag, 'href');
      if (href && /\.(m?js|css)(\?|$)/.test(href)) found.push(href);
    }
  }
  return found;
}

/** The text of each `<style>` element of an HTML page. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!);
}

interface ModuleLinks {
  /** `import ... from` and `export ... from`: fetched before the module runs. */
  static: string[];
  /** `import('...')` with a constant specifier: fetched when that code runs. */
  dynamic: string[];
  /** String constants naming a packaged file (`/assets/data-x.json`): fetched by the code at some point. */
  assets: string[];
}

const ASSET_URL = /^\.{0,2}\/?assets\/[^\s"'`]+\.(json|wasm|png|svg|woff2?|css|txt)$/;

/** An ESTree node, as far as the walk below needs it. */
type AstNode = { type: string } & Record<string, unknown>;
const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

/** The text of a string literal or of a template literal without substitutions. */
function constantString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    return (node.quasis as { value: { cooked: string } }[])[0]?.value.cooked;
  }
  return undefined;
}

/** Reads a built ES module's imports from its syntax tree (a regex would be fooled by strings). */
export function moduleLinks(code: string): ModuleLinks {
  const links: ModuleLinks = { static: [], dynamic: [], assets: [] };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isNode(node)) return;
    const source = constantString(node.source);
    if (/^(ImportDeclaration|ExportAllDeclaration|ExportNamedDeclaration)$/.test(node.type)) {
      if (source) links.static.push(source);
    } else if (node.type === 'ImportExpression') {
      if (source) links.dynamic.push(source);
    } else {
      const text = constantString(node);
      if (text && ASSET_URL.test(text)) links.assets.push(text);
    }
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) visit(value);
  };
  visit(parseAst(code));
  return links;
}

/** `@import` rules of a stylesheet: fetched before it applies. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((match) => match[1]!);
}

/**
 * What `htmlPath` (inside the built extension at `distDir`) loads before it is usable: the files
 * its HTML names, then, transitively, the static imports of each script and the `@import`s of
 * each stylesheet. Dynamic imports are not followed for the first load; each is reported as a
 * lazy group with whatever it pulls in beyond the first load.
 */
export function analyzePage(distDir: string, htmlPath: string): PageLoad {
  const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
  const linksOf = new Map<string, ModuleLinks>();
  const links = (path: string): ModuleLinks => {
    let found = linksOf.get(path);
    if (!found) {
      if (path.endsWith('.css')) found = { static: cssImports(read(path)), dynamic: [], assets: [] };
      else if (/\.m?js$/.test(path)) found = moduleLinks(read(path));
      else found = { static: [], dynamic: [], assets: [] };
      linksOf.set(path, found);
    }
    return found;
  };
  /** `roots` and everything they import statically (and, if `dynamic`, dynamically too). */
  const closure = (roots: string[], dynamic: boolean, exclude: Set<string> = new Set()) => {
    const seen = new Set<string>();
    const queue = roots.filter((root) => !exclude.has(root));
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const { static: imports, dynamic: later } = links(path);
      for (const next of dynamic ? [...imports, ...later] : imports) {
        const resolved = resolveInExtension(path, next);
        if (!exclude.has(resolved)) queue.push(resolved);
      }
    }
    return seen;
  };

  const html = read(htmlPath);
  const roots = htmlResources(html).map((src) => resolveInExtension(htmlPath, src.replace(/\?.*$/, '')));
  const initialPaths = closure(roots, false);
  const initial = [...initialPaths].map((path) => builtFile(distDir, path));
  // A stylesheet put into the page (scripts/inline-page-css.ts) is loaded all the same: counted
  // under the page's own path, as its gzip-compressed text.
  for (const css of inlineStyles(html)) initial.push({ path: htmlPath, bytes: Buffer.byteLength(css), gzip: gzipSize(css) });

  const lazyRoots = [...initialPaths].flatMap((path) => links(path).dynamic.map((spec) => resolveInExtension(path, spec)));
  const lazy = [...new Set(lazyRoots)]
    .filter((path) => !initialPaths.has(path))
    .map((root): LazyGroup => {
      const paths = closure([root], true, initialPaths);
      const assetPaths = new Set([...paths].flatMap((path) => links(path).assets.map((asset) => resolveInExtension(path, asset))));
      const files = [...paths].map((path) => builtFile(distDir, path));
      const assets = [...assetPaths].map((path) => builtFile(distDir, path));
      return { name: chunkName(root), files, assets, gzip: sum(files) + sum(assets) };
    });
  return { initial, gzip: sum(initial), lazy };
}

/** `assets/EmojiPicker-DpdNrPRh.js` → `EmojiPicker` (Vite appends an 8-character hash). */
export function chunkName(path: string): string {
  return posix
    .basename(path)
    .replace(/\.[^.]+$/, '')
    .replace(/-[\w-]{8}$/, '');
}

/** The service worker's code: its entry and every static import (`import()` is not allowed in a worker). */
export function analyzeWorker(distDir: string, manifest: { background?: { service_worker?: string } }): PageLoad {
  const entry = manifest.background?.service_worker;
  if (!entry) return { initial: [], gzip: 0, lazy: [] };
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    queue.push(...moduleLinks(readFileSync(join(distDir, path), 'utf8')).static.map((spec) => resolveInExtension(path, spec)));
  }
  const initial = [...seen].map((path) => builtFile(distDir, path));
  return { initial, gzip: sum(initial), lazy: [] };
}
