/** A chosen or dropped file: `File` is one, and tests pass plain objects. */
export interface PickedFile {
  name: string;
  text(): Promise<string>;
  stream?(): ReadableStream<Uint8Array>;
  /** The file itself, for one found in a folder and opened only when it is read. */
  open?(): Promise<PickedFile>;
}

/**
 * A picked file's text, or null when it holds more than `maxBytes`: read as a stream and given
 * up past the limit, so a huge file is never held whole. Its `size` is not asked: for a picked
 * file that is a blocking look at the disk in Chromium, which took 50 ms a file on a busy machine.
 */
export async function readPickedFile(file: PickedFile, maxBytes: number): Promise<string | null> {
  if (file.open) return readPickedFile(await file.open(), maxBytes);
  if (!file.stream) {
    const text = await file.text();
    return text.length > maxBytes ? null : text;
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      bytes += value.byteLength;
      if (bytes > maxBytes) return null;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
