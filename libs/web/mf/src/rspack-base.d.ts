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
