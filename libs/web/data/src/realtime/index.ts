export { RT_ACK_TIMEOUT_MS, RealtimeConnection, freshSocketToken, type RealtimeStatus, type RtServerEvent, type RtServerPayload } from './connection.js';
export { RoomChannel, newClientId, type OutgoingMessage, type RoomChannelState, type RoomRest, type RtTransport } from './room-channel.js';
export { Timeline } from './timeline.js';
export { Realtime, getRealtime } from './realtime.js';
export { useRealtimeEvent, useRealtimeStatus, useRoomChannel, useUnread, type UseRoomChannel } from './hooks.js';
export { openDirectRoom, roomPath } from './contact.js';
