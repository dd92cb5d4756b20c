import { jest } from '@jest/globals';
import { RemoteLoadError, createRemoteFallbackModule, createYiqiaRuntimePlugin, fetchWithOneRetry, isRemoteFallbackModule, setRemoteFallbackRenderer } from './runtime-plugin.js';

type ErrorArgs = Parameters<NonNullable<ReturnType<typeof createYiqiaRuntimePlugin>['errorLoadRemote']>>[0];

describe('runtime plugin', () => {
  afterEach(() => setRemoteFallbackRenderer(null));

  it('retries a failed manifest fetch once', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockRejectedValueOnce(new TypeError('net')).mockResolvedValueOnce(new Response('{}', { status: 200 }));
    const res = await fetchWithOneRetry('/remotes/booths/mf-manifest.json', {}, { fetchImpl, retryDelayMs: 1 });
    expect(res.status).toBe(200);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('retries a non-OK answer once and then gives up with it', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockResolvedValue(new Response('x', { status: 503 }));
    const res = await fetchWithOneRetry('/m.json', {}, { fetchImpl, retryDelayMs: 1 });
    expect(res.status).toBe(503);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('does not retry a good answer', async () => {
    const fetchImpl = jest.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 }));
    await fetchWithOneRetry('/m.json', {}, { fetchImpl, retryDelayMs: 1 });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('answers a fallback module only at the onLoad stage', async () => {
    const plugin = createYiqiaRuntimePlugin({ retryDelayMs: 1 });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const base = { id: 'booths/Module', error: new Error('down'), from: 'runtime', origin: {} } as unknown as ErrorArgs;
    expect(await plugin.errorLoadRemote?.({ ...base, lifecycle: 'afterResolve' })).toBeUndefined();
    const mod = await plugin.errorLoadRemote?.({ ...base, lifecycle: 'onLoad' });
    expect(isRemoteFallbackModule(mod)).toBe(true);
    warn.mockRestore();
  });

  it('renders through the host renderer, or throws RemoteLoadError for the error boundary', () => {
    const mod = createRemoteFallbackModule('booths/Module', new Error('down'));
    expect(() => mod.default({})).toThrow(RemoteLoadError);
    const createElement = jest.fn((type: unknown, props: Record<string, unknown>) => ({ type, props }));
    const Component = () => null;
    setRemoteFallbackRenderer({ createElement, Component });
    expect(mod.default({ a: 1 })).toEqual({ type: Component, props: { a: 1, remoteId: 'booths/Module', error: mod.error } });
  });
});
