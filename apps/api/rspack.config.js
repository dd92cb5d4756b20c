// Bundles the API into one ESM file; packages from node_modules stay external (imported at run time).
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export default {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: { main: './apps/api/src/main.ts', reindex: './apps/api/src/reindex.ts' },
  devtool: 'source-map',
  output: { path: resolve(root, 'dist/apps/api'), filename: '[name].js', module: true, chunkFormat: 'module', library: { type: 'module' }, clean: true },
  experiments: { outputModule: true },
  externalsType: 'module',
  // JSON data (e.g. the GB/T 2260 regions) is bundled: Node 20 needs an import attribute to load it as ESM.
  externals: [({ request }, callback) => (/^(node:|[a-z@])/.test(request) && !request.startsWith('@yiqia/') && !request.endsWith('.json') ? callback(null, request) : callback())],
  resolve: {
    extensions: ['.ts', '.js', '.json'],
    extensionAlias: { '.js': ['.ts', '.js'] },
    tsConfig: resolve(root, 'tsconfig.base.json'),
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
        },
      },
    ],
  },
  optimization: { minimize: false, splitChunks: false },
  node: { __dirname: false, __filename: false },
};
