// Module Federation remote "console": exposes ./Module (the organizer console: live dashboard, session monitor and moderation,
// reports). Build: npx rspack build -c apps/console/rspack.config.js → dist/apps/console,
// served by the API at /remotes/console/. Standalone: /remotes/console/index.html on a running API.
import { rspack } from '@rspack/core';
import { createRspackConfig } from '../../libs/web/mf/src/rspack-base.js';

const config = createRspackConfig({
  name: 'console',
  exposes: { './Module': './src/module.tsx' },
});

config.plugins.push(
  new rspack.HtmlRspackPlugin({
    title: '益洽 · 组织者控制台（独立运行）',
    filename: 'index.html',
    chunks: ['main'],
    scriptLoading: 'defer',
    templateContent: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>益洽 · 组织者控制台</title></head><body style="margin:0;background:#f3f5f8"><div id="root"></div></body></html>',
  }),
);

export default config;
