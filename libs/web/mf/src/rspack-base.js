// Shared rspack configuration of the host (shell) and every remote. Plain ESM JavaScript so
// `rspack build -c apps/<name>/rspack.config.js` can import it without a TypeScript loader.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { rspack } from '@rspack/core';
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { WORKSPACE_ROOT, createMfConfig } from './mf-config.js';

export { WORKSPACE_ROOT, createMfConfig } from './mf-config.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Emits `<asset>.br` and `<asset>.gz` beside every text asset of at least 1 KB, so a static server with
 * pre-compressed support (@fastify/static `preCompressed: true`) sends ~70 % fewer bytes without
 * compressing on each request.
 */
export class PrecompressPlugin {
  constructor({ test = /\.(js|css|html|json|svg)$/, minBytes = 1024 } = {}) {
    this.test = test;
    this.minBytes = minBytes;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, async (assets) => {
        const jobs = Object.keys(assets)
          .filter((name) => this.test.test(name))
          .map(async (name) => {
            const buffer = Buffer.from(compilation.getAsset(name).source.buffer());
            if (buffer.length < this.minBytes) return;
            const [br, gzipped] = await Promise.all([
              brotli(buffer, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 10, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length } }),
              gz(buffer, { level: 9 }),
            ]);
            compilation.emitAsset(`${name}.br`, new sources.RawSource(br));
            compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipped));
          });
        await Promise.all(jobs);
      });
    });
  }
}

/** Where a container is served from: the shell at /, remotes under /remotes/<name>/ (by the API). */
export function publicPathFor(name, isHost) {
  return isHost ? '/' : `/remotes/${name}/`;
}

function findEntry(appRoot) {
  for (const file of ['src/main.tsx', 'src/main.ts']) {
    if (existsSync(join(appRoot, file))) return `./${file}`;
  }
  return null;
}

/**
 * @param {{
 *   name: string,
 *   isHost?: boolean,
 *   exposes?: Record<string, string>,
 *   appRoot?: string,
 *   mode?: 'production' | 'development',
 *   html?: { template?: string, title?: string, favicon?: string },
 * }} options
 */
export function createRspackConfig({ name, isHost = false, exposes, appRoot, mode, html = {} }) {
  const root = appRoot ?? join(WORKSPACE_ROOT, 'apps', name);
  const resolvedMode = mode ?? (process.env.NODE_ENV === 'development' ? 'development' : 'production');
  const isProd = resolvedMode === 'production';
  const entry = findEntry(root);
  if (isHost && !entry) throw new Error(`createRspackConfig: ${root}/src/main.ts(x) is required for the host`);

  const plugins = [
    new ModuleFederationPlugin(createMfConfig({ name, exposes, isHost })),
    new rspack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(resolvedMode) }),
  ];
  if (isProd) plugins.push(new PrecompressPlugin());
  if (isHost) {
    const template = html.template ?? join(root, 'index.html');
    const favicon = html.favicon ?? join(root, 'src/favicon.svg');
    plugins.push(
      new rspack.HtmlRspackPlugin({
        template: existsSync(template) ? template : undefined,
        title: html.title,
        favicon: existsSync(favicon) ? favicon : undefined,
        scriptLoading: 'defer',
        minify: isProd,
      }),
    );
  }

  return {
    name,
    context: root,
    mode: resolvedMode,
    target: 'web',
    // The CSP forbids eval: never an eval-* devtool.
    devtool: 'source-map',
    entry: entry ? { main: entry } : {},
    output: {
      path: join(WORKSPACE_ROOT, 'dist', 'apps', name),
      publicPath: publicPathFor(name, isHost),
      uniqueName: name,
      filename: isProd ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: isProd ? '[name].[contenthash:8].js' : '[name].js',
      cssFilename: isProd ? '[name].[contenthash:8].css' : '[name].css',
      cssChunkFilename: isProd ? '[name].[contenthash:8].css' : '[name].css',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // Sources are ESM TypeScript with ".js" in relative imports (moduleResolution nodenext).
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // @yiqia/* path aliases.
      tsConfig: { configFile: join(WORKSPACE_ROOT, 'tsconfig.base.json') },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: !isProd, refresh: false } },
              target: 'es2022',
              experimental: { keepImportAttributes: true },
            },
          },
          type: 'javascript/auto',
        },
        // antd 6 is CSS-in-JS; plain .css (e.g. editor styles) uses rspack's native CSS support.
        { test: /\.css$/, type: 'css/auto' },
        { test: /\.(png|jpe?g|webp|gif|svg|woff2?)$/i, type: 'asset' },
      ],
    },
    optimization: {
      minimize: isProd,
      // No runtimeChunk: Module Federation needs the runtime inside each entry/container.
    },
    performance: { hints: false },
    stats: 'errors-warnings',
    plugins,
  };
}
