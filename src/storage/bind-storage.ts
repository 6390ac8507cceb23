import type { Connection } from './connection';
import type { CuratorDatabase } from './open-db';

/** A repository function: the database first, then what the call is about. */
// biome-ignore lint/suspicious/noExplicitAny: the arguments vary per function; `Bound` keeps each one's exact types.
type StorageFunction = (db: CuratorDatabase, ...args: any[]) => Promise<unknown>;

/** A repository function without its database: the page's connection supplies it. */
export type Bound<F> = F extends (db: CuratorDatabase, ...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;

/** The repository functions among `M`'s members (a module, say), by name. */
export type StorageFunctionName<M> = { [K in keyof M]: M[K] extends StorageFunction ? K : never }[keyof M] & string;

/** Each of `M`'s repository functions without its database. */
export type BoundStorage<M> = { [K in StorageFunctionName<M>]: Bound<M[K]> };

/**
 * The given repository functions, each run through `connection`: opened on first use, reopened
 * when the browser closed it, errors explained. A page binds what it uses once, by name; a new
 * repository function needs no wrapper, its bound type follows from its own.
 */
export function bindStorage<M extends Record<string, StorageFunction>>(connection: Pick<Connection, 'run'>, functions: M): BoundStorage<M> {
  const bound: Record<string, unknown> = {};
  for (const [name, use] of Object.entries(functions)) bound[name] = (...args: unknown[]) => connection.run((db) => use(db, ...args));
  return bound as BoundStorage<M>;
}

/**
 * The same for a page whose storage code loads on first use (the popup's, after first paint):
 * `load` is called once, by the first call of any of `names`, and brings the functions (the
 * storage module) and the connection to run them on.
 */
export function bindStorageOnFirstUse<M, const K extends StorageFunctionName<M>>(
  load: () => Promise<{ functions: M; connection: Pick<Connection, 'run'> }>,
  names: readonly K[],
): Pick<BoundStorage<M>, K> {
  let loading: ReturnType<typeof load> | undefined;
  const bound: Record<string, unknown> = {};
  for (const name of names) {
    bound[name] = async (...args: unknown[]) => {
      loading ??= load();
      const { functions, connection } = await loading;
      const use = functions[name] as StorageFunction;
      return connection.run((db) => use(db, ...args));
    };
  }
  return bound as Pick<BoundStorage<M>, K>;
}
