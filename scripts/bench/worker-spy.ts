// `any` throughout: this patches the worker's untyped globals (and `chrome` is not typed here).

/**
 * Evaluated in the service worker before its first script runs (self-contained: only its source
 * text reaches the worker). Records, in `globalThis.__benchWorkerLog`, every IndexedDB open,
 * Cache Storage open and fetch, and every call into the extension APIs (`chrome.*` and
 * `browser.*`, e.g. `chrome.runtime.onInstalled.addListener`), so the benchmark can tell what
 * the worker's start-up does beyond registering listeners.
 */
export function workerSpy(): void {
  // biome-ignore-start lint/suspicious/noExplicitAny: this runs injected into the worker and patches whatever globals it finds there; no type describes them.
  const global = globalThis as any;
  const log: string[] = [];
  global.__benchWorkerLog = log;
  const spy = (owner: any, key: string, label: string) => {
    const real = owner?.[key];
    if (typeof real !== 'function') return;
    owner[key] = function (this: unknown, ...args: unknown[]) {
      log.push(label);
      return real.apply(this, args);
    };
  };
  spy(global.IDBFactory?.prototype, 'open', 'indexedDB.open');
  spy(global.IDBFactory?.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  spy(global.CacheStorage?.prototype, 'open', 'caches.open');
  spy(global, 'fetch', 'fetch');

  /** A property that must be handed back as it is (a proxy invariant), or is not an object. */
  const plain = (target: object, key: PropertyKey, value: unknown) => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    return !value || typeof value !== 'object' || (own && !own.configurable && own.writable === false);
  };
  const calls = (target: any, label: string): any =>
    new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key);
        const name = `${label}.${String(key)}`;
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            log.push(name);
            return value.apply(object, args);
          };
        }
        return plain(object, key, value) ? value : calls(value, name);
      },
    });
  for (const name of ['chrome', 'browser']) {
    const api = global[name];
    if (api && typeof api === 'object') Object.defineProperty(global, name, { value: calls(api, name), configurable: true, writable: true });
  }
  // biome-ignore-end lint/suspicious/noExplicitAny: see above
}
