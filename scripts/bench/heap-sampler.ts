import type { CDPSession } from 'playwright-core';

/** One reading of the page's heaps, in bytes. */
export interface HeapReading {
  /** V8's JavaScript heap, used. */
  js: number;
  /** Blink's garbage-collected heap (the DOM and its objects). */
  dom: number;
  /** Array buffers and external strings (a zip's bytes, a file read whole). */
  buffers: number;
}

export const heapTotal = (reading: HeapReading) => reading.js + reading.dom + reading.buffers;

export async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize ?? 0, buffers: usage.backingStorageSize ?? 0 };
}

/**
 * Reads the page's heaps every `everyMs` until stopped, and gives the reading with the largest
 * total. Over the DevTools protocol, not `performance.memory` (which is rounded into buckets);
 * Chromium answers it between two steps of running script, so a long task is sampled too.
 */
export function sampleHeap(cdp: CDPSession, everyMs = 100): { stop(): Promise<{ peak: HeapReading; samples: number }> } {
  let running = true;
  let peak: HeapReading = { js: 0, dom: 0, buffers: 0 };
  let samples = 0;
  const loop = (async () => {
    while (running) {
      const reading = await readHeap(cdp);
      samples++;
      if (heapTotal(reading) > heapTotal(peak)) peak = reading;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { peak, samples };
    },
  };
}
