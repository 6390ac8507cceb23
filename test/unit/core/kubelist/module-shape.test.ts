// House rules for src/core/kubelist, checked rather than hoped for: pure, small, documented.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FOLDER = new URL('../../../../src/core/kubelist/', import.meta.url);
const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));
const source = (name: string) => readFileSync(new URL(name, FOLDER), 'utf8');

describe('src/core/kubelist', () => {
  it('has an index and its other modules', () => {
    expect(files).toContain('index.ts');
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports only core modules and uses no browser or Node API', (name) => {
    const imports = [...source(name).matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((spec) => !/^\.\/[\w-]+$|^\.\.\/(issue|dates|export-file-name)$/.test(spec))).toEqual([]);
    expect(source(name)).not.toMatch(/\b(window|document|chrome|browser|localStorage|indexedDB|fetch|process|require)\b\s*[.(]/);
  });

  it.each(files)('%s stays under 200 lines', (name) => {
    expect(source(name).split('\n').length).toBeLessThan(200);
  });

  it.each(files.filter((name) => name !== 'index.ts'))('%s documents each exported function in one line', (name) => {
    const undocumented = [...source(name).matchAll(/(^.*\n)?export (?:function|class) (\w+)/gm)].filter((m) => !/\*\/\s*$/.test(m[1] ?? '')).map((m) => m[2]);
    expect(undocumented).toEqual([]);
  });
});
