import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerMeetingRequest, BoothDto, CreateMeetingRequest, ListingDto, MeetingDto, NotificationEvent } from '@yiqia/contracts';
import { apiFetch, getRealtime, useAuth, useRealtimeEvent } from '@yiqia/web-data';
import { fetchAuthorizedBlob } from './intents.js';

/** Query keys of meeting requests (洽谈预约). */
export const meetingKeys = {
  all: ['negotiate', 'meetings'] as const,
  list: () => ['negotiate', 'meetings', 'list'] as const,
  booth: (id: string) => ['negotiate', 'meetings', 'booth', id] as const,
  listing: (id: string) => ['negotiate', 'meetings', 'listing', id] as const,
};

/** GET /api/meetings — my organisation's requests, incoming and outgoing, in schedule order. */
export function useMeetings() {
  const { organization } = useAuth();
  return useQuery({
    queryKey: meetingKeys.list(),
    enabled: !!organization,
    queryFn: ({ signal }) => apiFetch<MeetingDto[]>('/api/meetings', { signal }),
  });
}

function useReplaceMeeting() {
  const client = useQueryClient();
  return (meeting: MeetingDto) => {
    client.setQueryData<MeetingDto[]>(meetingKeys.list(), (list) => (list ? list.map((m) => (m.id === meeting.id ? meeting : m)) : list));
    // Clashes of the other meetings depend on this one: re-read the list.
    void client.invalidateQueries({ queryKey: meetingKeys.list() });
  };
}

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateMeetingRequest) => apiFetch<MeetingDto>('/api/meetings', { method: 'POST', body: request }),
    onSuccess: () => void client.invalidateQueries({ queryKey: meetingKeys.list() }),
  });
}

export function useAnswerMeeting() {
  const replace = useReplaceMeeting();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: AnswerMeetingRequest }) => apiFetch<MeetingDto>(`/api/meetings/${encodeURIComponent(id)}/answer`, { method: 'POST', body: answer }),
    onSuccess: replace,
    onError: () => void client.invalidateQueries({ queryKey: meetingKeys.list() }),
  });
}

export function useCancelMeeting() {
  const replace = useReplaceMeeting();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<MeetingDto>(`/api/meetings/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
    onSuccess: replace,
    onError: () => void client.invalidateQueries({ queryKey: meetingKeys.list() }),
  });
}

/** The public booth a request starts from (its organisation and expo). */
export function useBoothForMeeting(boothId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.booth(boothId ?? ''),
    enabled: !!boothId,
    retry: false,
    queryFn: ({ signal }) => apiFetch<BoothDto>(`/api/booths/${encodeURIComponent(boothId ?? '')}`, { signal, query: { view: 'public' } }),
  });
}

/** The listing a request is about (its organisation, booth and expo). */
export function useListingForMeeting(listingId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.listing(listingId ?? ''),
    enabled: !!listingId,
    retry: false,
    queryFn: ({ signal }) => apiFetch<ListingDto>(`/api/listings/${encodeURIComponent(listingId ?? '')}`, { signal }),
  });
}

/** Save an authorised download (ICS) under a file name. */
export async function downloadAuthorized(path: string, filename: string): Promise<void> {
  const blob = await fetchAuthorizedBlob(path);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const downloadCalendar = () => downloadAuthorized('/api/meetings/calendar.ics', 'yiqia-meetings.ics');
export const downloadMeetingIcs = (id: string) => downloadAuthorized(`/api/meetings/${encodeURIComponent(id)}/ics`, `yiqia-meeting-${id}.ics`);

/**
 * Keeps "my schedule" live: a `meeting_request` / `meeting_answer` notification re-reads the list (so
 * does every reconnection, pushes may have been missed). Returns the latest such notification.
 */
export function useMeetingsLive(): NotificationEvent | null {
  const client = useQueryClient();
  const [last, setLast] = useState<NotificationEvent | null>(null);
  useRealtimeEvent('notification', (event) => {
    if (event.kind !== 'meeting_request' && event.kind !== 'meeting_answer') return;
    void client.invalidateQueries({ queryKey: meetingKeys.list() });
    setLast(event);
  });
  useEffect(() => getRealtime().connection.onConnect(() => void client.invalidateQueries({ queryKey: meetingKeys.list() })), [client]);
  return last;
}
