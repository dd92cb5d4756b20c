// Standalone development entry: /remotes/console/index.html on a running API renders ./Module the way the shell does.
import { renderStandaloneRemote } from '@yiqia/web-ui';
import ConsoleModule from './module.js';

renderStandaloneRemote(ConsoleModule, { base: '/remotes/console', landing: '/console' });
