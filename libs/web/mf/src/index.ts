export { REMOTE_EXPOSE } from './constants.js';
export {
  RemoteLoadError,
  isRemoteFallbackModule,
  setRemoteFallbackRenderer,
  createRemoteFallbackModule,
  type RemoteFallbackRenderer,
  type RemoteFallbackModule,
} from './runtime-plugin.js';
export {
  REMOTES_URL,
  parseRemoteManifestMap,
  fetchRemoteManifestMap,
  setupRemotes,
  loadRemoteModule,
  resetRemote,
  type RemoteManifestMap,
} from './remotes.js';
export { RemoteArea, RemoteBoundary, type RemoteAreaProps, type RemoteFallbackArgs } from './remote-area.js';
