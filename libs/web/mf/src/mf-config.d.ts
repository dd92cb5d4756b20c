export declare const WORKSPACE_ROOT: string;
export declare const RUNTIME_PLUGIN_PATH: string;
export declare const REMOTE_EXPOSE: './Module';
export declare const SINGLETON_PACKAGES: string[];
export declare const SHARED_WORKSPACE_LIBS: string[];
export declare const WORKSPACE_LIB_VERSION: string;

export interface SharedEntry {
  singleton: true;
  version: string;
  requiredVersion: string | false;
  strictVersion: false;
}

export declare function createSharedConfig(): Record<string, SharedEntry>;

export interface MfConfig {
  name: string;
  filename?: string;
  exposes?: Record<string, string>;
  remotes?: Record<string, string>;
  shared: Record<string, SharedEntry>;
  dts: false;
  shareStrategy: 'loaded-first' | 'version-first';
  runtimePlugins: string[];
  manifest: false | { fileName: string };
}

export declare function createMfConfig(options: { name: string; exposes?: Record<string, string>; isHost?: boolean }): MfConfig;
