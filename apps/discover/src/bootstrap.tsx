// Standalone development entry: /remotes/discover/index.html on a running API renders ./Module the way the shell does.
import { renderStandaloneRemote } from '@yiqia/web-ui';
import DiscoverModule from './module.js';

renderStandaloneRemote(DiscoverModule, { base: '/remotes/discover', landing: '/discover' });
