import { REMOTE_EXPOSE, RUNTIME_PLUGIN_PATH, SHARED_WORKSPACE_LIBS, SINGLETON_PACKAGES, createMfConfig, createSharedConfig } from './mf-config.js';
import { createRspackConfig, publicPathFor } from './rspack-base.js';

describe('createMfConfig', () => {
  it('declares every singleton once, identically for host and remotes', () => {
    const shared = createSharedConfig();
    for (const pkg of ['react', 'react-dom', 'react-router', 'antd', '@ant-design/icons', '@tanstack/react-query', 'i18next', 'react-i18next', 'dayjs']) {
      expect(SINGLETON_PACKAGES).toContain(pkg);
      expect(shared[pkg]).toMatchObject({ singleton: true });
      expect(shared[pkg].version).toMatch(/^\d+\.\d+\.\d+/);
    }
    expect(shared['react/jsx-runtime']).toMatchObject({ singleton: true });
    expect(createMfConfig({ name: 'shell', isHost: true }).shared).toEqual(createMfConfig({ name: 'booths', exposes: { [REMOTE_EXPOSE]: './x.tsx' } }).shared);
  });

  it('shares @yiqia/web-data and @yiqia/web-ui as singletons with a fixed version and no required version', () => {
    const shared = createSharedConfig();
    expect(SHARED_WORKSPACE_LIBS).toEqual(['@yiqia/web-data', '@yiqia/web-ui']);
    for (const lib of SHARED_WORKSPACE_LIBS) {
      expect(shared[lib]).toEqual({ singleton: true, version: '0.1.0', requiredVersion: false, strictVersion: false });
    }
  });

  it('host: loaded-first, no exposes, remotes registered at runtime, no dts, the runtime plugin', () => {
    const host = createMfConfig({ name: 'shell', isHost: true });
    expect(host).toMatchObject({ name: 'shell', shareStrategy: 'loaded-first', dts: false, remotes: {}, manifest: false });
    expect(host.exposes).toBeUndefined();
    expect(host.runtimePlugins).toEqual([RUNTIME_PLUGIN_PATH]);
    expect(RUNTIME_PLUGIN_PATH).toMatch(/runtime-plugin\.ts$/);
  });

  it('remote: exactly one ./Module, a manifest and remoteEntry.js', () => {
    const remote = createMfConfig({ name: 'booths', exposes: { './Module': './src/module.tsx' } });
    expect(remote).toMatchObject({ name: 'booths', filename: 'remoteEntry.js', exposes: { './Module': './src/module.tsx' }, manifest: { fileName: 'mf-manifest.json' }, dts: false });
    expect(() => createMfConfig({ name: 'booths', exposes: { './Other': './x.tsx' } })).toThrow(/exactly one/);
    expect(() => createMfConfig({ name: 'booths', exposes: { './Module': './a', './B': './b' } })).toThrow(/exactly one/);
    expect(() => createMfConfig({ name: 'booths' })).toThrow(/exactly one/);
    expect(() => createMfConfig({ name: 'Bad-Name', exposes: { './Module': './a' } })).toThrow(/name/);
  });

  it('remote named like a browser global (console): the entry gets another global, others keep their name', () => {
    expect(createMfConfig({ name: 'console', exposes: { './Module': './a' } })).toMatchObject({ name: 'console', library: { type: 'var', name: 'yiqia_remote_console' } });
    expect(createMfConfig({ name: 'booths', exposes: { './Module': './a' } })).not.toHaveProperty('library');
  });
});

describe('createRspackConfig', () => {
  it('builds the shell: entry main, publicPath /, source maps without eval, hashed names, html', () => {
    const config = createRspackConfig({ name: 'shell', isHost: true });
    expect(config.mode).toBe('production');
    expect(config.devtool).toBe('source-map');
    expect(String(config.devtool)).not.toMatch(/eval/);
    expect(config.entry).toEqual({ main: './src/main.ts' });
    expect(config.output).toMatchObject({ publicPath: '/', uniqueName: 'shell', filename: '[name].[contenthash:8].js' });
    expect(String(config.output?.path)).toMatch(/dist\/apps\/shell$/);
    const names = (config.plugins ?? []).map((p) => (p as object).constructor.name);
    expect(names.some((n) => /Html/.test(n))).toBe(true);
    expect(config.optimization).not.toHaveProperty('runtimeChunk');
  });

  it('builds a remote under /remotes/<name>/ without html', () => {
    expect(publicPathFor('booths', false)).toBe('/remotes/booths/');
    const config = createRspackConfig({ name: 'booths', exposes: { './Module': './src/module.tsx' } });
    expect(config.output).toMatchObject({ publicPath: '/remotes/booths/', uniqueName: 'booths' });
    const names = (config.plugins ?? []).map((p) => (p as object).constructor.name);
    expect(names.some((n) => /Html/.test(n))).toBe(false);
  });
});
