import { afterEach, describe, expect, it } from 'vitest';
import de from '../../../_locales/de/messages.json';
import { type CliIo, EXIT, runCli } from '../../../src/cli/run-cli';
import { useBrowserMessages } from '../../../src/platform/i18n';
import { formatMessage } from '../../../src/text/message-format';
import { useMessages } from '../../../src/text/t';
import { archiveText as archived, archivePresent, describeWithArchive } from '../../fixtures/archive';
import { misreadAsWindows1252 } from '../../fixtures/misread-as-windows-1252';

/** A file system in a Map, and the console in arrays: the one stateful fake for the CLI's edge. */
function memoryIo(files: Record<string, string>) {
  const disk = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const writes: string[] = [];
  const io: CliIo = {
    expand: (path) => (path.endsWith('/') ? [...disk.keys()].filter((name) => name.startsWith(path) && name.endsWith('.md')).sort() : [path]),
    read(path) {
      const text = disk.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    write(path, text) {
      writes.push(path);
      disk.set(path, text);
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, disk, out, err, writes };
}

// '' only keeps the module loading without the archive: the tests that use it are skipped then.
const clean = archivePresent ? archived(117) : '';
const mangled = misreadAsWindows1252(clean);

describeWithArchive('check', () => {
  it('passes clean archive files (exit 0)', () => {
    const { io, out } = memoryIo({ 'a/kubelist-116.md': archived(116), 'a/kubelist-117.md': clean });
    expect(runCli(['check', 'a/'], io)).toBe(EXIT.ok);
    expect(out).toEqual(['2 files checked: no problems.']);
  });

  it('lists problems per file as path:line: message (exit 1)', () => {
    const broken = clean.replace('\n\n#### ', '\n#### ');
    const { io, out } = memoryIo({ 'kubelist-117.md': broken, 'kubelist-116.md': archived(116) });
    expect(runCli(['check', 'kubelist-117.md', 'kubelist-116.md'], io)).toBe(EXIT.problems);
    expect(out[0]).toMatch(/^kubelist-117\.md:2: /);
    expect(out.at(-1)).toBe('2 files checked: 1 with problems.');
  });

  it('reports mojibake and suggests fix', () => {
    const { io, out } = memoryIo({ 'kubelist-117.md': mangled });
    expect(runCli(['check', 'kubelist-117.md'], io)).toBe(EXIT.problems);
    expect(out[0]).toMatch(/^kubelist-117\.md:3: The text looks like UTF-8 read as Windows-1252: .*ðŸ”Š.* should read .*🔊.*kubelist-curator fix/);
  });

  it('reports a file name that disagrees with the heading', () => {
    const { io, out } = memoryIo({ 'kubelist-118.md': clean });
    expect(runCli(['check', 'kubelist-118.md'], io)).toBe(EXIT.problems);
    expect(out[0]).toBe('kubelist-118.md:1: The file name says issue 118, but the heading says #117.');
  });

  describe('with another message source', () => {
    afterEach(() => useBrowserMessages());

    it('words its findings through src/text, from the source its entry point chose', () => {
      useMessages((name, substitutions) => formatMessage(de, name, substitutions));
      const { io, out } = memoryIo({ 'kubelist-118.md': clean });
      expect(runCli(['check', 'kubelist-118.md'], io)).toBe(EXIT.problems);
      expect(out[0]).toBe('kubelist-118.md:1: Laut Dateiname ist dies Ausgabe 118, laut Kopfzeile aber #117.');
    });
  });

  it('exits 2 for a file it cannot read, after checking the others', () => {
    const { io, out, err } = memoryIo({ 'kubelist-117.md': clean });
    expect(runCli(['check', 'missing.md', 'kubelist-117.md'], io)).toBe(EXIT.usage);
    expect(err[0]).toMatch(/^missing\.md: cannot read: ENOENT/);
    expect(out).toEqual(['1 file checked: no problems.']);
  });
});

describeWithArchive('fix', () => {
  it('repairs mojibake in place and writes only the files it changed', () => {
    const { io, disk, out, writes } = memoryIo({ 'kubelist-117.md': mangled, 'kubelist-116.md': archived(116) });
    expect(runCli(['fix', 'kubelist-117.md', 'kubelist-116.md'], io)).toBe(EXIT.ok);
    expect(disk.get('kubelist-117.md')).toBe(clean);
    expect(writes).toEqual(['kubelist-117.md']);
    expect(out[0]).toMatch(/^kubelist-117\.md: repaired mojibake on \d+ lines\.$/);
    expect(out.at(-1)).toBe('2 files checked: 1 repaired.');
  });

  it('never writes a file it cannot repair cleanly (exit 1)', () => {
    const mixed = clean.replace('Backstage', 'Weâ€™re Backstage');
    const { io, disk, err, writes } = memoryIo({ 'kubelist-117.md': mixed });
    expect(runCli(['fix', 'kubelist-117.md'], io)).toBe(EXIT.problems);
    expect(writes).toEqual([]);
    expect(disk.get('kubelist-117.md')).toBe(mixed);
    expect(err[0]).toMatch(/not changed: .*cannot be repaired automatically/);
  });

  it('does not write a repair that would make the file read worse', () => {
    // `ï¿½` is U+FFFD misread: the repair gives a replacement character (the text was damaged
    // before it was misread), which the parser reports, so the repair is refused.
    const odd = clean.replace(/[^\x00-\x7f]/g, '').replace('Backstage', 'Backstage ï¿½');
    const { io, writes, err } = memoryIo({ 'x.md': odd });
    expect(runCli(['fix', 'x.md'], io)).toBe(EXIT.problems);
    expect(writes).toEqual([]);
    expect(err[0]).toMatch(/the repair is not safe/);
  });

  it('reports a file it may not write as not changed, and goes on (exit 1)', () => {
    const { io, disk, out, err } = memoryIo({ 'kubelist-117.md': mangled, 'kubelist-116.md': mangled });
    const write = io.write;
    io.write = (path, text) => {
      if (path === 'kubelist-117.md') throw new Error('it is a symbolic link; run fix on the file it points to.');
      write(path, text);
    };
    expect(runCli(['fix', 'kubelist-117.md', 'kubelist-116.md'], io)).toBe(EXIT.problems);
    expect(err).toEqual(['kubelist-117.md: not changed: it is a symbolic link; run fix on the file it points to.']);
    expect(disk.get('kubelist-117.md')).toBe(mangled);
    expect(disk.get('kubelist-116.md')).toBe(clean);
    expect(out.at(-1)).toBe('2 files checked: 1 repaired, 1 left unrepaired.');
  });

  it('leaves clean files alone (exit 0, nothing written)', () => {
    const { io, writes, out } = memoryIo({ 'kubelist-117.md': clean });
    expect(runCli(['fix', 'kubelist-117.md'], io)).toBe(EXIT.ok);
    expect(writes).toEqual([]);
    expect(out).toEqual(['1 file checked: 0 repaired.']);
  });
});

describe('usage', () => {
  it.each([[[]], [['lint', 'a.md']], [['check']], [['fix']]])('exits 2 for %j', (args) => {
    const { io, err } = memoryIo({});
    expect(runCli(args, io)).toBe(EXIT.usage);
    expect(err.join('\n')).toContain('Usage: kubelist-curator');
  });

  it('prints help with --help (exit 0)', () => {
    const { io, out } = memoryIo({});
    expect(runCli(['--help'], io)).toBe(EXIT.ok);
    expect(out[0]).toContain('check FILE...');
  });
});
