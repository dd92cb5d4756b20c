// Module hooks that let the bench import the API's TypeScript sources as they are (the embedded
// engine's SQL builder, the contracts, the domain), so the SQL it runs directly is the API's own SQL.
// TypeScript goes through swc (as in jest.preset.js); `@yiqia/*` aliases come from tsconfig.base.json;
// a relative `./x.js` written in a .ts file resolves to `./x.ts`, as TypeScript's NodeNext does.
//
//   import { register } from 'node:module';
//   register('./ts-hooks.js', import.meta.url);
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const root = new URL('../../', import.meta.url);
const tsconfig = JSON.parse(readFileSync(new URL('tsconfig.base.json', root), 'utf8'));
const aliases = new Map(Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, new URL(target, root).href]));

const isTs = (url) => url.startsWith('file:') && /\.tsx?$/.test(url);

export async function resolve(specifier, context, next) {
  const alias = aliases.get(specifier);
  if (alias) return { url: alias, shortCircuit: true };
  if (context.parentURL && isTs(context.parentURL) && /^\.{1,2}\//.test(specifier) && specifier.endsWith('.js')) {
    const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
    const tsx = new URL(specifier.replace(/\.js$/, '.tsx'), context.parentURL);
    if (existsSync(fileURLToPath(tsx))) return { url: tsx.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!isTs(url)) return next(url, context);
  const file = fileURLToPath(url);
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    filename: file,
    jsc: {
      parser: { syntax: 'typescript', tsx: file.endsWith('.tsx'), decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  });
  return { format: 'module', source: code, shortCircuit: true };
}

