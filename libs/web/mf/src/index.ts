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
export { RemoteRoutes, type RemoteRoute, type RemoteRoutesProps } from './remote-routes.js';
export { parentBase, rebasePath } from './route-base.js';
