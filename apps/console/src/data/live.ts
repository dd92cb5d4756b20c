import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ExpoResultsDto, ExportEntity, ExportPreviewDto, ExportQuery } from '@yiqia/contracts';
import { ApiError, acceptLanguageHeader, apiErrorFromResponse, apiFetch, buildUrl, getAccessToken, networkError, refreshSession, sessionReady } from '@yiqia/web-data';
import { useLang } from '@yiqia/web-ui';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ConsoleLiveConnection, type ConsoleLiveSnapshot } from './console-socket.js';

const noRetryOn4xx = (count: number, error: unknown) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2;

export const liveKeys = {
  results: (expoId: string, lang: string) => ['console', 'results', expoId, lang] as const,
  preview: (entity: ExportEntity, query: ExportQuery, lang: string) => ['console', 'export-preview', entity, query, lang] as const,
};

const IDLE: ConsoleLiveSnapshot = { status: 'connecting', state: { dashboard: null, pending: [], awaitingSnapshot: true }, updatedAt: null, snapshots: 0 };
const noop = () => () => undefined;
const idle = () => IDLE;

/** The live dashboard of an expo: its own `/console` connection while the page is shown. */
export function useConsoleLive(expoId: string): ConsoleLiveSnapshot & { retry: () => void } {
  const [connection, setConnection] = useState<ConsoleLiveConnection | null>(null);
  useEffect(() => {
    const c = new ConsoleLiveConnection(expoId);
    setConnection(c);
    c.open();
    return () => {
      c.close();
      setConnection(null);
    };
  }, [expoId]);
  const snapshot = useSyncExternalStore(connection?.subscribe ?? noop, connection?.getSnapshot ?? idle, idle);
  return { ...snapshot, retry: connection?.retry ?? (() => undefined) };
}

/** GET /api/console/expos/:expoId/results (labels come in the caller's language). */
export function useExpoResults(expoId: string) {
  const lang = useLang();
  return useQuery({
    queryKey: liveKeys.results(expoId, lang),
    retry: noRetryOn4xx,
    queryFn: ({ signal }) => apiFetch<ExpoResultsDto>(`/api/console/expos/${encodeURIComponent(expoId)}/results`, { signal }),
  });
}

/** GET /api/console/exports/:entity/preview with the filters on screen (the previous rows stay while typing). */
export function useExportPreview(entity: ExportEntity, query: ExportQuery) {
  const lang = useLang();
  return useQuery({
    queryKey: liveKeys.preview(entity, query, lang),
    retry: noRetryOn4xx,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      apiFetch<ExportPreviewDto>(`/api/console/exports/${encodeURIComponent(entity)}/preview`, { signal, query: { ...query, format: undefined } }),
  });
}

export interface DownloadProgress {
  received: number;
  /** Content-Length when the server sent one (a streamed export usually does not). */
  total: number | null;
}

/**
 * Downloads an export with the bearer token (a plain link could not send it), reading the stream
 * into a Blob and reporting progress. A 401 TOKEN_EXPIRED refreshes the session and tries once more.
 */
export async function downloadExport(entity: ExportEntity, query: ExportQuery, onProgress: (p: DownloadProgress) => void, signal?: AbortSignal): Promise<Blob> {
  await sessionReady();
  const url = buildUrl(`/api/console/exports/${encodeURIComponent(entity)}`, { ...query });
  const send = async () => {
    const token = getAccessToken();
    try {
      const headers: Record<string, string> = { 'Accept-Language': acceptLanguageHeader() };
      if (token) headers.Authorization = `Bearer ${token}`;
      return { response: await fetch(url, { headers, signal, credentials: 'same-origin' }), token };
    } catch (error) {
      if (signal?.aborted) throw error;
      throw networkError(error);
    }
  };
  const first = await send();
  let response = first.response;
  if (response.status === 401) {
    const error = await apiErrorFromResponse(response);
    // Someone may have refreshed meanwhile: then just retry with the new token.
    if (error.code !== 'TOKEN_EXPIRED' || !first.token || !(getAccessToken() !== first.token || (await refreshSession()))) throw error;
    response = (await send()).response;
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!response.body) {
    const blob = await response.blob();
    onProgress({ received: blob.size, total: blob.size });
    return blob;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks, { type });
}

/** Saves a Blob under a file name through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
