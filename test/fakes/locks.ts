/**
 * Web Locks (`navigator.locks`) for Node, which has none: exclusive locks by name, granted in
 * the order asked, `ifAvailable` answered with null while the lock is held. Enough for the sync lock.
 */
export function fakeLocks() {
  const held = new Set<string>();
  const waiting = new Map<string, (() => void)[]>();
  const queue = (name: string) => waiting.get(name) ?? waiting.set(name, []).get(name)!;
  return {
    isHeld: (name: string) => held.has(name),
    /** How many requests wait for `name`. */
    waiting: (name: string) => waiting.get(name)?.length ?? 0,
    async request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: { name: string } | null) => Promise<T> | T): Promise<T> {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((resolve) => queue(name).push(resolve));
      }
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
        queue(name).shift()?.();
      }
    },
  };
}
