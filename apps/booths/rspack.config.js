// Module Federation remote "booths": exposes ./Module (expo landing, booth pages, my booths, editor,
// stats, review queue). Build: npx rspack build -c apps/booths/rspack.config.js → dist/apps/booths,
// served by the API at /remotes/booths/.
//
// It also emits index.html + main.js: opened at /remotes/booths/index.html on a running API, the remote
// runs standalone (bootstrap.tsx renders ./Module inside the shared providers) for development.
import { rspack } from '@rspack/core';
import { createRspackConfig } from '../../libs/web/mf/src/rspack-base.js';

const config = createRspackConfig({
  name: 'booths',
  exposes: { './Module': './src/module.tsx' },
});

config.plugins.push(
  new rspack.HtmlRspackPlugin({
    title: '益洽 · 展位（独立运行）',
    filename: 'index.html',
    chunks: ['main'],
    scriptLoading: 'defer',
    templateContent: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>益洽 · 展位</title></head><body style="margin:0;background:#f3f5f8"><div id="root"></div></body></html>',
  }),
);

export default config;
