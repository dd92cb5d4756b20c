import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnnouncementDto,
  AuditAction,
  AuditEntryDto,
  ConsoleRoomDetailDto,
  ConsoleRoomDto,
  CreateAnnouncementRequest,
  CreateIntroductionRequest,
  ListingDto,
  MessageDto,
  Page,
  RoomDto,
  RoomStatus,
  SearchHitDto,
  SearchListingsResponse,
  StrongPairsResponse,
} from '@yiqia/contracts';
import { apiFetch } from '@yiqia/web-data';

/** Filters of the session monitor (mirrored in the URL). */
export interface RoomFilters {
  status?: RoomStatus;
  reported?: boolean;
  active?: boolean;
  q?: string;
  page: number;
}

export interface AuditFilters {
  action?: AuditAction;
  actorId?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page: number;
}

export const MOD_PAGE_SIZE = 20;

export const modKeys = {
  rooms: (expoId: string, f: RoomFilters) => ['console', 'mod', 'rooms', expoId, f.status ?? '', f.reported ?? '', f.active ?? '', f.q ?? '', f.page] as const,
  room: (id: string) => ['console', 'mod', 'room', id] as const,
  transcript: (id: string) => ['console', 'mod', 'room', id, 'transcript'] as const,
  audit: (f: AuditFilters) => ['console', 'mod', 'audit', f.action ?? '', f.actorId ?? '', f.targetId ?? '', f.from ?? '', f.to ?? '', f.page] as const,
  pairs: (expoId: string) => ['console', 'mod', 'pairs', expoId] as const,
  listing: (id: string) => ['console', 'mod', 'listing', id] as const,
  listingSearch: (expoId: string, kind: string, q: string) => ['console', 'mod', 'listing-search', expoId, kind, q] as const,
  announcements: (expoId: string, page: number) => ['console', 'mod', 'announcements', expoId, page] as const,
};

const enc = encodeURIComponent;

/** GET /api/console/rooms — rooms of the expo with parties, activity, intent and open reports. */
export function useConsoleRooms(expoId: string, f: RoomFilters) {
  return useQuery({
    queryKey: modKeys.rooms(expoId, f),
    queryFn: ({ signal }) =>
      apiFetch<Page<ConsoleRoomDto>>('/api/console/rooms', {
        signal,
        query: {
          expoId,
          status: f.status,
          reported: f.reported === undefined ? undefined : String(f.reported),
          active: f.active === undefined ? undefined : String(f.active),
          q: f.q,
          page: f.page,
          pageSize: MOD_PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
    // "3 minutes ago" and report counts move on their own: keep the monitor fresh without a socket.
    refetchInterval: 15_000,
  });
}

/** GET /api/console/rooms/:id — metadata, timeline, reports and mutes (never message bodies). */
export function useConsoleRoom(roomId: string) {
  return useQuery({
    queryKey: modKeys.room(roomId),
    queryFn: ({ signal }) => apiFetch<ConsoleRoomDetailDto>(`/api/console/rooms/${enc(roomId)}`, { signal }),
    refetchInterval: 15_000,
  });
}

/** GET …/transcript — only asked for when the room was reported (the server refuses otherwise). */
export function useTranscript(roomId: string, enabled: boolean) {
  return useQuery({
    queryKey: modKeys.transcript(roomId),
    enabled,
    retry: false,
    queryFn: async ({ signal }) => (await apiFetch<{ messages: MessageDto[] }>(`/api/console/rooms/${enc(roomId)}/transcript`, { signal })).messages,
  });
}

function useRoomMutation<V>(roomId: string, fn: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: modKeys.room(roomId) });
      void client.invalidateQueries({ queryKey: ['console', 'mod', 'rooms'] });
      void client.invalidateQueries({ queryKey: ['console', 'mod', 'audit'] });
    },
  });
}

export function useHideMessage(roomId: string) {
  return useRoomMutation(roomId, ({ messageId, reason }: { messageId: string; reason: string }) =>
    apiFetch(`/api/console/rooms/${enc(roomId)}/messages/${enc(messageId)}/hide`, { method: 'POST', body: { reason } }),
  );
}

export function useMuteUser(roomId: string) {
  return useRoomMutation(roomId, (body: { userId: string; reason: string; minutes?: number }) =>
    apiFetch(`/api/console/rooms/${enc(roomId)}/mutes`, { method: 'POST', body }),
  );
}

export function useUnmuteUser(roomId: string) {
  return useRoomMutation(roomId, (userId: string) => apiFetch<void>(`/api/console/rooms/${enc(roomId)}/mutes/${enc(userId)}`, { method: 'DELETE' }));
}

/** POST …/reports/:reportId/resolve — the report no longer counts as open. */
export function useResolveReport(roomId: string) {
  return useRoomMutation(roomId, (reportId: string) => apiFetch(`/api/console/rooms/${enc(roomId)}/reports/${enc(reportId)}/resolve`, { method: 'POST', body: {} }));
}

export function useCloseRoom(roomId: string) {
  return useRoomMutation(roomId, (reason: string) => apiFetch<ConsoleRoomDto>(`/api/console/rooms/${enc(roomId)}/close`, { method: 'POST', body: { reason } }));
}

/** GET /api/console/audit — newest first. */
export function useAudit(f: AuditFilters) {
  return useQuery({
    queryKey: modKeys.audit(f),
    queryFn: ({ signal }) =>
      apiFetch<Page<AuditEntryDto>>('/api/console/audit', {
        signal,
        query: { action: f.action, actorId: f.actorId, targetId: f.targetId, from: f.from, to: f.to, page: f.page, pageSize: MOD_PAGE_SIZE },
      }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/console/expos/:expoId/strong-pairs — strongest need/offer pairs not talking yet. */
export function useStrongPairs(expoId: string) {
  return useQuery({
    queryKey: modKeys.pairs(expoId),
    queryFn: ({ signal }) => apiFetch<StrongPairsResponse>(`/api/console/expos/${enc(expoId)}/strong-pairs`, { signal, query: { limit: 20 } }),
    retry: false,
  });
}

/** One listing (the `?needId=` / `?offerId=` prefill). */
export function useListing(id: string | undefined) {
  return useQuery({
    queryKey: modKeys.listing(id ?? ''),
    enabled: !!id,
    retry: false,
    queryFn: ({ signal }) => apiFetch<ListingDto>(`/api/listings/${enc(id ?? '')}`, { signal }),
  });
}

/** Open listings of the expo of one kind matching the words (GET /api/search/listings). */
export function useListingSearch(expoId: string, kind: 'need' | 'offer', q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: modKeys.listingSearch(expoId, kind, text),
    queryFn: async ({ signal }) =>
      (
        await apiFetch<SearchListingsResponse>('/api/search/listings', {
          signal,
          auth: false,
          query: { q: text || undefined, kind, expoId, status: 'open', perPage: 20 },
        })
      ).hits as SearchHitDto[],
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateIntroduction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIntroductionRequest) => apiFetch<{ room: RoomDto }>('/api/console/introductions', { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['console', 'mod', 'pairs'] });
      void client.invalidateQueries({ queryKey: ['console', 'mod', 'rooms'] });
    },
  });
}

/** GET /api/console/announcements?expoId= — newest first, with delivered counts. */
export function useAnnouncements(expoId: string, page: number) {
  return useQuery({
    queryKey: modKeys.announcements(expoId, page),
    queryFn: ({ signal }) => apiFetch<Page<AnnouncementDto>>('/api/console/announcements', { signal, query: { expoId, page, pageSize: MOD_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useSendAnnouncement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAnnouncementRequest) => apiFetch<AnnouncementDto>('/api/console/announcements', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['console', 'mod', 'announcements'] }),
  });
}
