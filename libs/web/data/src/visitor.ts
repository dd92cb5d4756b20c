import { safeStorage } from './storage.js';

export const VISITOR_ID_KEY = 'yiqia.visitorId';

function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random id this browser keeps (localStorage), for counting unique booth visitors. */
export function getVisitorId(): string {
  const existing = safeStorage.get(VISITOR_ID_KEY);
  if (existing && /^[A-Za-z0-9_-]{8,64}$/.test(existing)) return existing;
  const id = randomId();
  safeStorage.set(VISITOR_ID_KEY, id);
  return id;
}
