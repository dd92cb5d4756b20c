export { ApiError, apiErrorFromBody, apiErrorFromResponse, isApiError, networkError, type ApiErrorCode } from './api-error.js';
export { apiFetch, buildUrl, refreshSession, sessionReady, setApiBase, type ApiFetchOptions, type QueryValue } from './api-client.js';
export { uploadFile, type UploadOptions } from './upload.js';
export {
  REFRESH_TOKEN_KEY,
  clearSession,
  getAccessToken,
  getAuthState,
  subscribeAuth,
  onIdentityChange,
  type AuthState,
  type AuthStatus,
} from './auth-store.js';
export { acceptInvitation, installCrossTabSync, login, logout, refreshMe, register, restoreSession, useAuth, type UseAuth } from './auth.js';
export { queryClient } from './query-client.js';
export {
  queryKeys,
  useCreateInvitation,
  useCurrentExpo,
  useExpo,
  useExpos,
  useInvitationPreview,
  useInvitations,
  useMe,
  useMembers,
  useMyBooths,
  useRemoveMember,
  useRevokeInvitation,
} from './hooks.js';
export { VISITOR_ID_KEY, getVisitorId } from './visitor.js';
export { acceptLanguageHeader, currentLanguage, type RequestLang } from './language.js';
export {
  Realtime,
  RealtimeConnection,
  RoomChannel,
  Timeline,
  getRealtime,
  newClientId,
  openDirectRoom,
  roomPath,
  freshSocketToken,
  useRealtimeEvent,
  useRealtimeStatus,
  useRoomChannel,
  useUnread,
  type OutgoingMessage,
  type RealtimeStatus,
  type RoomChannelState,
  type RtServerEvent,
  type RtServerPayload,
  type UseRoomChannel,
} from './realtime/index.js';
