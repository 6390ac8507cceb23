/**
 * How the popup's first load is split into files. Left to itself, the bundler puts the modules
 * shared by each different set of pages (popup, editor, service worker) in a chunk of their own,
 * so the popup fetched five scripts before it could run, and each file fetched from an extension
 * is a request to the browser process. One group instead takes every module of the popup's first
 * load that other code also imports: the popup loads two scripts, its entry and this chunk. The
 * popup's own modules stay in its entry; what it imports later is split as before.
 */

/** A module as the bundler's chunking context describes it (rolldown's `ModuleInfo`, as far as used here). */
interface ModuleInfo {
  importedIds: readonly string[];
  importers: readonly string[];
  dynamicImporters: readonly string[];
}

export interface ModuleGraph {
  getModuleInfo(id: string): ModuleInfo | null;
}

/** `entry` and every module it imports statically, directly or not: what runs before it can. */
export function staticClosure(graph: ModuleGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The modules of the popup's first load that code outside it imports too (another page, the
 * worker, or the popup's own lazy chunks), directly or through another such module. The rest is
 * the popup's alone and stays in its entry chunk, never loaded by another page.
 */
export function sharedWithPopup(graph: ModuleGraph, popupEntry: string): Set<string> {
  const first = staticClosure(graph, popupEntry);
  const shared = new Set<string>();
  const stack = [...first].filter((id) => {
    const info = graph.getModuleInfo(id);
    return id !== popupEntry && [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])].some((by) => !first.has(by));
  });
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (shared.has(id)) continue;
    shared.add(id);
    // What a shared module imports is needed wherever it goes.
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []).filter((dep) => first.has(dep)));
  }
  return shared;
}

/** The `name` function of the group: computes the shared set once per build, then answers module by module. */
export function popupSharedGroup(popupEntry: string, chunkName: string) {
  let shared: Set<string> | undefined;
  return (id: string, graph: ModuleGraph): string | null => {
    shared ??= sharedWithPopup(graph, popupEntry);
    return shared.has(id) ? chunkName : null;
  };
}
