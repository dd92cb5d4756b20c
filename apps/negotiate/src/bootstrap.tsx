// Standalone development entry: /remotes/negotiate/index.html on a running API renders ./Module the way the shell does.
import { renderStandaloneRemote } from '@yiqia/web-ui';
import NegotiateModule from './module.js';

renderStandaloneRemote(NegotiateModule, { base: '/remotes/negotiate', landing: '/negotiate' });
