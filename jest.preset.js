// Shared jest setup: TypeScript through swc (with decorator metadata for Nest), native ESM.
// Run jest with NODE_OPTIONS=--experimental-vm-modules (the project targets do).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from '@swc/core';

const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));
const root = new URL('.', import.meta.url).pathname;
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace('/', '\\/')}$`, root + target]),
);

// CommonJS packages (fastify's light-my-request, @fastify/static) require() these ESM-only packages.
// Node 20 allows that, jest's module runtime does not (before Node 24.9), so jest gets a CommonJS
// build of the very same files, compiled here once per run.
const ESM_ONLY_REQUIRED_FROM_CJS = ['cookie', 'content-disposition'];
const require = createRequire(import.meta.url);
const cjsDir = `${root}node_modules/.cache/yiqia-jest-cjs`;
mkdirSync(cjsDir, { recursive: true });
const cjsShims = Object.fromEntries(
  ESM_ONLY_REQUIRED_FROM_CJS.map((name) => {
    const source = readFileSync(require.resolve(name), 'utf8');
    const { code } = transformSync(source, { module: { type: 'commonjs' }, jsc: { target: 'es2022' }, sourceMaps: false });
    const file = `${cjsDir}/${name}.cjs`;
    writeFileSync(file, code);
    return [`^${name}$`, file];
  }),
);

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: { ...aliases, ...cjsShims, '^(\\.{1,2}/.*)\\.js$': '$1' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
