/**
 * Module Federation runtime plugin of every Yiqia container.
 *
 * It runs before any shared module is initialised, so it must NOT import react, antd or any other
 * shared module (doing so breaks the page even when every remote is up). It only uses the platform:
 * fetch, timers and globalThis. Type imports are erased.
 *
 * - `fetch` (manifests): one retry after a short pause when the network fails or the answer is not OK.
 * - `loadEntryError` (remoteEntry.js): one retry, with a cache-busting query.
 * - `errorLoadRemote`: when loading a remote module fails for good, answer with a fallback module whose
 *   default export is a component. It renders the host's friendly fallback through a renderer the host
 *   registers on globalThis (see `setRemoteFallbackRenderer`), or throws a `RemoteLoadError` for the
 *   nearest error boundary when there is none.
 */
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

export const REMOTE_FALLBACK_RENDERER_KEY = '__YIQIA_REMOTE_FALLBACK__';
export const REMOTE_FALLBACK_MARK = '__yiqiaRemoteFallback';

/** How the host renders the fallback: its own createElement and component (the plugin has no React). */
export interface RemoteFallbackRenderer {
  createElement: (type: unknown, props: Record<string, unknown>) => unknown;
  Component: unknown;
}

export interface RemoteFallbackModule {
  [REMOTE_FALLBACK_MARK]: true;
  __esModule: true;
  /** A React function component (no React import: it delegates to the host's renderer). */
  default: (props: Record<string, unknown>) => unknown;
  remoteId: string;
  error: unknown;
}

/** Thrown (during render) when a remote could not be loaded; error boundaries recognise it by name. */
export class RemoteLoadError extends Error {
  readonly remoteId: string;
  override readonly cause: unknown;
  constructor(remoteId: string, cause?: unknown) {
    super(`Remote "${remoteId}" could not be loaded${cause instanceof Error ? `: ${cause.message}` : ''}`);
    this.name = 'RemoteLoadError';
    this.remoteId = remoteId;
    this.cause = cause;
  }
}

export function isRemoteFallbackModule(value: unknown): value is RemoteFallbackModule {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[REMOTE_FALLBACK_MARK] === true;
}

export function setRemoteFallbackRenderer(renderer: RemoteFallbackRenderer | null): void {
  (globalThis as Record<string, unknown>)[REMOTE_FALLBACK_RENDERER_KEY] = renderer ?? undefined;
}

function getRenderer(): RemoteFallbackRenderer | undefined {
  return (globalThis as Record<string, unknown>)[REMOTE_FALLBACK_RENDERER_KEY] as RemoteFallbackRenderer | undefined;
}

export function createRemoteFallbackModule(remoteId: string, error: unknown): RemoteFallbackModule {
  function RemoteUnavailable(props: Record<string, unknown>) {
    const renderer = getRenderer();
    if (!renderer) throw new RemoteLoadError(remoteId, error);
    return renderer.createElement(renderer.Component, { ...props, remoteId, error });
  }
  return { [REMOTE_FALLBACK_MARK]: true, __esModule: true, default: RemoteUnavailable, remoteId, error };
}

export interface RetryOptions {
  /** Pause before the retry, in milliseconds. */
  retryDelayMs?: number;
  /** fetch implementation (tests). */
  fetchImpl?: typeof fetch;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** fetch once more after a pause when the first attempt fails or answers a server/network error. */
export async function fetchWithOneRetry(url: string, init: RequestInit | undefined, options: RetryOptions = {}): Promise<Response> {
  const doFetch = options.fetchImpl ?? fetch;
  const delay = options.retryDelayMs ?? 400;
  try {
    const first = await doFetch(url, init);
    if (first.ok) return first;
  } catch {
    // fall through to the retry
  }
  await sleep(delay);
  return doFetch(url, init);
}

function withRetryQuery(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}mf-retry=${Date.now()}`;
}

type LoadEntryErrorHook = NonNullable<ModuleFederationRuntimePlugin['loadEntryError']>;
type LoadEntryErrorArgs = Parameters<LoadEntryErrorHook>[0];
type ErrorLoadRemoteArgs = Parameters<NonNullable<ModuleFederationRuntimePlugin['errorLoadRemote']>>[0];

export function createYiqiaRuntimePlugin(options: RetryOptions = {}): ModuleFederationRuntimePlugin {
  const delay = options.retryDelayMs ?? 400;
  return {
    name: 'yiqia-retry-fallback',
    async fetch(url: string, init: RequestInit) {
      return fetchWithOneRetry(url, init, options);
    },
    loadEntryError: (async ({ getRemoteEntry, origin, remoteInfo, remoteEntryExports, globalLoading, uniqueKey }: LoadEntryErrorArgs) => {
      await sleep(delay);
      // The failed attempt is still registered as loading; drop it or the retry would wait on itself.
      delete globalLoading[uniqueKey];
      const entry = await getRemoteEntry({ origin, remoteInfo, remoteEntryExports, getEntryUrl: withRetryQuery });
      return entry || undefined;
    }) as unknown as LoadEntryErrorHook,
    async errorLoadRemote(args: ErrorLoadRemoteArgs) {
      // Only the final stage of loadRemote answers with a module; earlier stages (manifest → snapshot)
      // expect other shapes, so let them fail and be caught by the 'onLoad' stage.
      if (args.lifecycle !== 'onLoad') return undefined;
      if (typeof console !== 'undefined') console.warn(`[yiqia] remote ${args.id} unavailable`, args.error);
      return createRemoteFallbackModule(args.id, args.error);
    },
  };
}

/** Entry point used by `runtimePlugins` in the build configuration. */
export default function yiqiaRuntimePlugin(): ModuleFederationRuntimePlugin {
  return createYiqiaRuntimePlugin();
}
