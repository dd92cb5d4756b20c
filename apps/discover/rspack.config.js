// Module Federation remote "discover": exposes ./Module (listing search, listing pages, my listings,
// listing editor). Build: npx rspack build -c apps/discover/rspack.config.js → dist/apps/discover,
// served by the API at /remotes/discover/. Standalone: /remotes/discover/index.html on a running API.
import { rspack } from '@rspack/core';
import { createRspackConfig } from '../../libs/web/mf/src/rspack-base.js';

const config = createRspackConfig({
  name: 'discover',
  exposes: { './Module': './src/module.tsx' },
});

config.plugins.push(
  new rspack.HtmlRspackPlugin({
    title: '益洽 · 供需对接（独立运行）',
    filename: 'index.html',
    chunks: ['main'],
    scriptLoading: 'defer',
    templateContent: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>益洽 · 供需对接</title></head><body style="margin:0;background:#f3f5f8"><div id="root"></div></body></html>',
  }),
);

export default config;
