// Standalone development entry: /remotes/booths/index.html on a running API renders ./Module the way the shell does.
import { renderStandaloneRemote } from '@yiqia/web-ui';
import BoothsModule from './module.js';

renderStandaloneRemote(BoothsModule, { base: '/remotes/booths', landing: '/expos' });
