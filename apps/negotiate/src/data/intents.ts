import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IntentDto, IntentTerms, ProposeIntentRequest } from '@yiqia/contracts';
import { acceptLanguageHeader, apiErrorFromResponse, apiFetch, buildUrl, getAccessToken, networkError, refreshSession, sessionReady } from '@yiqia/web-data';

/** Query keys of the intent (合作意向书) of a room. */
export const intentKeys = {
  all: ['negotiate', 'intent'] as const,
  detail: (roomId: string) => ['negotiate', 'intent', roomId] as const,
};

const base = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}/intent`;

/** GET /api/rooms/:roomId/intent — every version, latest first (an empty list before the first proposal). */
export function useIntent(roomId: string | undefined) {
  return useQuery({
    queryKey: intentKeys.detail(roomId ?? ''),
    enabled: !!roomId,
    queryFn: ({ signal }) => apiFetch<IntentDto>(base(roomId ?? ''), { signal }),
  });
}

/**
 * Put a fresher IntentDto into the cache (an ack, a REST answer or an `intent:updated` push). An older
 * one never replaces a newer one: versions only grow, and within a version signatures only grow.
 */
export function isNewerIntent(next: IntentDto, current: IntentDto | undefined): boolean {
  if (!current) return true;
  const latest = (i: IntentDto) => i.versions[0]?.version ?? 0;
  if (latest(next) !== latest(current)) return latest(next) > latest(current);
  const weight = (i: IntentDto) =>
    i.versions.reduce((n, v) => n + v.signatures.length + (v.status === 'proposed' ? 0 : 1), 0) + (i.signedVersion ? 1 : 0);
  return weight(next) >= weight(current);
}

export function useApplyIntent() {
  const client = useQueryClient();
  return (intent: IntentDto) => {
    const key = intentKeys.detail(intent.roomId);
    const current = client.getQueryData<IntentDto>(key);
    if (isNewerIntent(intent, current)) client.setQueryData(key, intent);
  };
}

/** POST /api/rooms/:roomId/intent — propose a new version (supersedes the one open for signing). */
export function useProposeIntent(roomId: string) {
  const apply = useApplyIntent();
  return useMutation({
    mutationFn: (terms: IntentTerms) => apiFetch<IntentDto>(base(roomId), { method: 'POST', body: { terms } satisfies ProposeIntentRequest }),
    onSuccess: apply,
  });
}

/** POST …/versions/:version/sign — an admin signs for the organisation. */
export function useSignIntent(roomId: string) {
  const apply = useApplyIntent();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiFetch<IntentDto>(`${base(roomId)}/versions/${version}/sign`, { method: 'POST' }),
    onSuccess: apply,
    // A stale version (someone proposed meanwhile): show the current state.
    onError: () => void client.invalidateQueries({ queryKey: intentKeys.detail(roomId) }),
  });
}

/** POST …/versions/:version/withdraw — the proposing organisation withdraws its open version. */
export function useWithdrawIntent(roomId: string) {
  const apply = useApplyIntent();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiFetch<IntentDto>(`${base(roomId)}/versions/${version}/withdraw`, { method: 'POST' }),
    onSuccess: apply,
    onError: () => void client.invalidateQueries({ queryKey: intentKeys.detail(roomId) }),
  });
}

/**
 * GET a file that needs the Authorization header (the printable intent, ICS files) as a Blob.
 * Waits for the session restore, refreshes an expired access token once, throws ApiError.
 */
export async function fetchAuthorizedBlob(path: string): Promise<Blob> {
  await sessionReady();
  const send = async () => {
    const token = getAccessToken();
    try {
      return {
        token,
        response: await fetch(buildUrl(path), {
          headers: { 'Accept-Language': acceptLanguageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          credentials: 'same-origin',
        }),
      };
    } catch (error) {
      throw networkError(error);
    }
  };
  let { response, token } = await send();
  if (response.status === 401 && token) {
    const error = await apiErrorFromResponse(response);
    if (error.code !== 'TOKEN_EXPIRED' || !(await refreshSession())) throw error;
    ({ response, token } = await send());
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response.blob();
}

/** The URL of the printable page of one version. */
export function intentDocumentPath(roomId: string, version: number): string {
  return `${base(roomId)}/versions/${version}/document`;
}

/**
 * Open the printable page of a version in a new tab (the browser prints it or saves it as PDF).
 * The tab is opened at once, in the click (popup blockers allow that), and shows the page once it
 * has been fetched with the Authorization header; on failure the tab is closed and the error thrown.
 */
export async function openIntentDocument(roomId: string, version: number): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await fetchAuthorizedBlob(intentDocumentPath(roomId, version));
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (tab && !tab.closed) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      window.open(url, '_blank', 'noopener');
    }
    // The tab has loaded it well before then; the URL is only kept for a reload of that tab.
    window.setTimeout(() => URL.revokeObjectURL(url), 10 * 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
