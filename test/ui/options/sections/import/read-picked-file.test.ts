import { expect, it } from 'vitest';
import { readPickedFile } from '../../../../../options/sections/import/read-picked-file';

/** A file whose stream comes in small chunks (splitting characters) and whose size must not be asked. */
function streamed(text: string, chunk = 3) {
  const bytes = new TextEncoder().encode(text);
  let read = 0;
  const file = {
    name: 'kubelist-1.md',
    get size(): number {
      throw new Error('size asked');
    },
    text: () => Promise.reject(new Error('read whole')),
    stream: () =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (read >= bytes.length) return controller.close();
          controller.enqueue(bytes.slice(read, read + chunk));
          read += chunk;
        },
      }),
    read: () => read,
  };
  return file;
}

it('reads a picked file as a stream of UTF-8, characters split across chunks, without asking its size', async () => {
  expect(await readPickedFile(streamed('# Kubelist #1 — “naïve” 🚀\n'), 1_000)).toBe('# Kubelist #1 — “naïve” 🚀\n');
});

it('gives up on a file past the limit without reading the rest of it', async () => {
  const file = streamed('x'.repeat(100), 10);
  expect(await readPickedFile(file, 25)).toBeNull();
  expect(file.read()).toBe(30);
  expect(await readPickedFile(streamed('x'.repeat(25)), 25)).toBe('x'.repeat(25));
});

it('reads an object without a stream whole, and refuses it past the limit', async () => {
  expect(await readPickedFile({ name: 'a.md', text: async () => 'abc' }, 3)).toBe('abc');
  expect(await readPickedFile({ name: 'a.md', text: async () => 'abcd' }, 3)).toBeNull();
});
