// One Module Federation configuration for the host (shell) and every remote.
// Plain ESM JavaScript so rspack configs can import it without a TypeScript loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const require = createRequire(import.meta.url);
const rootPackage = JSON.parse(readFileSync(new URL('package.json', `file://${WORKSPACE_ROOT}`), 'utf8'));

/** The runtime plugin every container loads: one retry of manifest/entry fetches, then a fallback module. */
export const RUNTIME_PLUGIN_PATH = fileURLToPath(new URL('./runtime-plugin.ts', import.meta.url));

/** The one exposed module of every remote. */
export const REMOTE_EXPOSE = './Module';

/**
 * npm packages shared as singletons. They hold global state (React's dispatcher, the router context,
 * antd's config context, the query client context, the i18next instance, dayjs' locale), so the host
 * and every remote must use one copy.
 */
export const SINGLETON_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  'antd',
  '@ant-design/icons',
  '@tanstack/react-query',
  'i18next',
  'react-i18next',
  'dayjs',
];

/** Entry points of singleton packages that are imported by their own path (JSX runtime, React root). */
const SINGLETON_SUBPATHS = { 'react/jsx-runtime': 'react', 'react-dom/client': 'react-dom' };

/**
 * Our own libraries shared as singletons: they hold the auth store, the query client and the i18n
 * instance. They have no package.json of their own, so they get a fixed version.
 */
export const SHARED_WORKSPACE_LIBS = ['@yiqia/web-data', '@yiqia/web-ui'];

export const WORKSPACE_LIB_VERSION = rootPackage.version ?? '0.0.0';

function installedVersion(pkg) {
  const manifest = require(`${pkg}/package.json`);
  return manifest.version;
}

/** The `shared` section, identical in every container. */
export function createSharedConfig() {
  const deps = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const shared = {};
  for (const pkg of SINGLETON_PACKAGES) {
    shared[pkg] = {
      singleton: true,
      version: installedVersion(pkg),
      requiredVersion: deps[pkg] ?? false,
      strictVersion: false,
    };
  }
  for (const [request, pkg] of Object.entries(SINGLETON_SUBPATHS)) {
    shared[request] = {
      singleton: true,
      version: installedVersion(pkg),
      requiredVersion: deps[pkg] ?? false,
      strictVersion: false,
    };
  }
  for (const lib of SHARED_WORKSPACE_LIBS) {
    shared[lib] = { singleton: true, version: WORKSPACE_LIB_VERSION, requiredVersion: false, strictVersion: false };
  }
  return shared;
}

/**
 * Options for `ModuleFederationPlugin` of `@module-federation/enhanced/rspack`.
 *
 * @param {{ name: string, exposes?: Record<string, string>, isHost?: boolean }} options
 */
export function createMfConfig({ name, exposes, isHost = false }) {
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    throw new Error(`createMfConfig: name must be lower-case letters, digits or _ (got "${name}")`);
  }
  const common = {
    name,
    shared: createSharedConfig(),
    dts: false,
    // With 'version-first' a host fetches every remote's manifest before it renders; one unreachable
    // remote would blank the page. 'loaded-first' uses what is loaded and lets error boundaries work.
    shareStrategy: 'loaded-first',
    runtimePlugins: [RUNTIME_PLUGIN_PATH],
  };
  if (isHost) {
    if (exposes && Object.keys(exposes).length > 0) throw new Error('createMfConfig: the host exposes nothing');
    // Remotes are registered at runtime from GET /remotes.json (one build, every environment).
    return { ...common, remotes: {}, manifest: false };
  }
  const keys = Object.keys(exposes ?? {});
  if (keys.length !== 1 || keys[0] !== REMOTE_EXPOSE) {
    throw new Error(`createMfConfig: a remote exposes exactly one "${REMOTE_EXPOSE}" (got ${JSON.stringify(keys)})`);
  }
  return {
    ...common,
    filename: 'remoteEntry.js',
    exposes: { [REMOTE_EXPOSE]: exposes[REMOTE_EXPOSE] },
    manifest: { fileName: 'mf-manifest.json' },
    // The entry declares `var <name>` at the page's top level: a remote named like a browser global
    // (`console`!) would overwrite it. Such remotes get a prefixed global; hosts read it from the manifest.
    ...(BROWSER_GLOBALS.has(name) ? { library: { type: 'var', name: `yiqia_remote_${name}` } } : {}),
  };
}

/** Names a remote entry's `var` must not take (window properties a page relies on). */
const BROWSER_GLOBALS = new Set(['console', 'window', 'self', 'top', 'parent', 'document', 'location', 'history', 'navigator', 'screen', 'name', 'origin', 'status', 'event', 'performance', 'crypto', 'fetch', 'localStorage', 'sessionStorage']);
