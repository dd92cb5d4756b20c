/**
 * Host-side helpers: read the remote manifest map at runtime (GET /remotes.json) and register the
 * remotes with the Module Federation runtime, so one build is promotable across environments.
 */
import { init, loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { REMOTE_EXPOSE } from './constants.js';
import { RemoteLoadError, isRemoteFallbackModule } from './runtime-plugin.js';

/** `{ "booths": "/remotes/booths/mf-manifest.json" }` */
export type RemoteManifestMap = Record<string, string>;

export const REMOTES_URL = '/remotes.json';

/** Validate the answer of GET /remotes.json; unknown shapes and bad entries are dropped. */
export function parseRemoteManifestMap(value: unknown): RemoteManifestMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const map: RemoteManifestMap = {};
  for (const [name, url] of Object.entries(value as Record<string, unknown>)) {
    if (/^[a-z][a-z0-9_]*$/.test(name) && typeof url === 'string' && url.length > 0) map[name] = url;
  }
  return map;
}

/** Fetch /remotes.json (one retry). Never throws: without a map, remote areas show their fallback. */
export async function fetchRemoteManifestMap(url = REMOTES_URL, fetchImpl: typeof fetch = fetch): Promise<RemoteManifestMap> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await fetchImpl(url, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
      if (res.ok) return parseRemoteManifestMap(await res.json());
    } catch {
      // retry once
    }
    if (attempt === 0) await new Promise((r) => setTimeout(r, 300));
  }
  return {};
}

let hostName = 'shell';
let registered: RemoteManifestMap = {};
let ready: Promise<RemoteManifestMap> | null = null;

function toRemotes(map: RemoteManifestMap) {
  return Object.entries(map).map(([name, entry]) => ({ name, entry }));
}

/**
 * Start registering the remotes of this host. Returns at once; `loadRemoteModule` waits for it.
 * Call once at boot, before rendering.
 */
export function setupRemotes(options: { hostName?: string; url?: string; map?: RemoteManifestMap } = {}): Promise<RemoteManifestMap> {
  hostName = options.hostName ?? hostName;
  ready = (options.map ? Promise.resolve(options.map) : fetchRemoteManifestMap(options.url)).then((map) => {
    registered = map;
    init({ name: hostName, remotes: toRemotes(map) });
    return map;
  });
  return ready;
}

/** The exposed `./Module` of a remote, as `{ default: Component }`. Throws RemoteLoadError when unavailable. */
export async function loadRemoteModule<T = unknown>(remote: string): Promise<{ default: T }> {
  const map = await (ready ?? setupRemotes());
  if (!map[remote]) throw new RemoteLoadError(remote, new Error(`remote "${remote}" is not listed in ${REMOTES_URL}`));
  let mod: unknown;
  try {
    mod = await loadRemote(`${remote}/${REMOTE_EXPOSE.slice(2)}`);
  } catch (error) {
    throw new RemoteLoadError(remote, error);
  }
  if (!mod || isRemoteFallbackModule(mod)) throw new RemoteLoadError(remote, isRemoteFallbackModule(mod) ? mod.error : undefined);
  const withDefault = mod as { default?: T };
  if (!withDefault.default) throw new RemoteLoadError(remote, new Error(`remote "${remote}" has no default export`));
  return withDefault as { default: T };
}

/**
 * Forget a failed remote so the next `loadRemoteModule` fetches its manifest and entry again
 * (used by the fallback's retry button). Re-reads /remotes.json if the remote was never listed.
 */
export async function resetRemote(remote: string): Promise<void> {
  if (!registered[remote]) {
    await setupRemotes({ hostName });
    return;
  }
  registerRemotes([{ name: remote, entry: registered[remote] }], { force: true });
}
