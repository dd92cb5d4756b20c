/** localStorage that never throws (private mode, quotas, Node tests): falls back to memory. */
const memory = new Map<string, string>();

function backend(): Storage | null {
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}

export const safeStorage = {
  get(key: string): string | null {
    try {
      const store = backend();
      return store ? store.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    memory.set(key, value);
    try {
      backend()?.setItem(key, value);
    } catch {
      // memory only
    }
  },
  remove(key: string): void {
    memory.delete(key);
    try {
      backend()?.removeItem(key);
    } catch {
      // memory only
    }
  },
};
