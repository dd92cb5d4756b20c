import { useEffect, useRef } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateRoomRequest, ListingDto, MessageDto, Page, RoomDto, RoomKind, RoomStatus, SearchListingsResponse } from '@yiqia/contracts';
import { apiFetch, useRealtimeEvent } from '@yiqia/web-data';

export interface RoomFilters {
  kind?: RoomKind;
  status?: RoomStatus;
}

export const roomKeys = {
  all: ['rooms'] as const,
  list: (f: RoomFilters) => ['rooms', 'list', f.kind ?? '', f.status ?? ''] as const,
  detail: (id: string) => ['rooms', 'detail', id] as const,
  search: (id: string, q: string) => ['rooms', 'search', id, q] as const,
  listing: (id: string) => ['rooms', 'listing', id] as const,
  orgSearch: (q: string) => ['rooms', 'org-search', q] as const,
  listingSearch: (q: string) => ['rooms', 'listing-search', q] as const,
};

/** GET /api/rooms (my organisation's, newest activity first), kept live (see useRoomsLive). */
export function useRooms(filters: RoomFilters, pageSize = 50) {
  return useQuery({
    queryKey: [...roomKeys.list(filters), pageSize],
    queryFn: ({ signal }) => apiFetch<Page<RoomDto>>('/api/rooms', { signal, query: { kind: filters.kind, status: filters.status, pageSize } }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/**
 * The conversation list follows the real-time events: a room changed (room:updated), a message arrived
 * (message:new in open rooms; notification + unread:updated for the others). Refetches at most every
 * 300 ms; `room:updated` patches the cached lists at once.
 */
export function useRoomsLive(): void {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetch = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void client.invalidateQueries({ queryKey: ['rooms', 'list'] });
    }, 300);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useRealtimeEvent('room:updated', (room) => {
    client.setQueriesData<Page<RoomDto>>({ queryKey: ['rooms', 'list'] }, (page) =>
      page ? { ...page, items: page.items.map((r) => (r.id === room.id ? room : r)) } : page,
    );
    client.setQueryData(roomKeys.detail(room.id), room);
    refetch();
  });
  useRealtimeEvent('message:new', refetch);
  useRealtimeEvent('unread:updated', refetch);
  useRealtimeEvent('notification', (n) => {
    if (n.roomId) refetch();
  });
}

export function useCreateRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoomRequest) => apiFetch<RoomDto>('/api/rooms', { method: 'POST', body }),
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: ['rooms', 'list'] });
    },
  });
}

export function useInviteOrgs(roomId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (organizationIds: string[]) => apiFetch<RoomDto>(`/api/rooms/${encodeURIComponent(roomId)}/parties`, { method: 'POST', body: { organizationIds } }),
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: ['rooms', 'list'] });
    },
  });
}

export function useCloseRoom(roomId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<RoomDto>(`/api/rooms/${encodeURIComponent(roomId)}/close`, { method: 'POST' }),
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: ['rooms', 'list'] });
    },
  });
}

/** GET /api/rooms/:id/messages?q= — the latest 100 messages containing the text. */
export function useRoomSearch(roomId: string, q: string) {
  return useQuery({
    queryKey: roomKeys.search(roomId, q),
    enabled: q.trim().length > 0,
    queryFn: ({ signal }) => apiFetch<MessageDto[]>(`/api/rooms/${encodeURIComponent(roomId)}/messages`, { signal, query: { q: q.trim(), limit: 100 } }),
    staleTime: 5_000,
  });
}

/** A listing (for prefilled new rooms). */
export function useListing(id: string) {
  return useQuery({
    queryKey: roomKeys.listing(id),
    queryFn: ({ signal }) => apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(id)}`, { signal }),
  });
}

export interface OrgCandidate {
  id: string;
  name: string;
  type: string;
  /** A listing of theirs that matched (how we found them). */
  listing: { id: string; title: string } | null;
}

/**
 * Organisations to invite. There is no organisation search API: organisations are found through the
 * listings search (`GET /api/search/listings?q=`, which matches organisation names and listing text),
 * one candidate per organisation.
 */
export function useOrgSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: roomKeys.orgSearch(text),
    enabled: text.length > 0,
    queryFn: async ({ signal }) => {
      const res = await apiFetch<SearchListingsResponse>('/api/search/listings', { signal, auth: false, query: { q: text, perPage: 50 } });
      const seen = new Map<string, OrgCandidate>();
      for (const h of res.hits) {
        if (!seen.has(h.organization.id)) seen.set(h.organization.id, { id: h.organization.id, name: h.organization.name, type: h.organization.type, listing: { id: h.id, title: h.title } });
      }
      return [...seen.values()];
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Listings to link to a new room (the same search). */
export function useListingSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: roomKeys.listingSearch(text),
    enabled: text.length > 0,
    queryFn: async ({ signal }) => (await apiFetch<SearchListingsResponse>('/api/search/listings', { signal, auth: false, query: { q: text, perPage: 20 } })).hits,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
