// Module Federation host. Build: npx rspack build -c apps/shell/rspack.config.js
import { createRspackConfig } from '../../libs/web/mf/src/rspack-base.js';

export default createRspackConfig({ name: 'shell', isHost: true, html: { title: '益洽 · 公益洽谈汇' } });
