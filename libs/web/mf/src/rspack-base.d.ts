export { WORKSPACE_ROOT, createMfConfig } from './mf-config.js';

export declare function publicPathFor(name: string, isHost: boolean): string;

export interface CreateRspackConfigOptions {
  name: string;
  isHost?: boolean;
  exposes?: Record<string, string>;
  appRoot?: string;
  mode?: 'production' | 'development';
  html?: { template?: string; title?: string; favicon?: string };
}

/** An rspack configuration object (see @rspack/core's Configuration). */
export declare function createRspackConfig(options: CreateRspackConfigOptions): import('@rspack/core').Configuration;

/** Emits .br and .gz siblings of text assets ≥ minBytes (for @fastify/static `preCompressed`). */
export declare class PrecompressPlugin {
  constructor(options?: { test?: RegExp; minBytes?: number });
  apply(compiler: import('@rspack/core').Compiler): void;
}
