import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toEnvelope } from './common/api-exception.filter.js';
import { ApiException } from './common/api.exception.js';
import type { AppConfig } from './config/app-config.js';

/** Names of built remotes: every folder of WEB_DIST_DIR but the shell that has an mf-manifest.json. */
function builtRemotes(distDir: string): string[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir).filter((name) => name !== 'shell' && name !== 'api' && existsSync(join(distDir, name, 'mf-manifest.json')));
}

/**
 * Serves the built shell at `/`, each remote at `/remotes/<name>/` and the runtime manifest of remote
 * URLs at `/remotes.json`, so the whole platform is one URL. Unknown `/api/*` paths answer the JSON
 * error envelope; any other unknown GET gets the shell's index.html (client-side routes).
 */
export async function registerWebStatic(fastify: FastifyInstance, config: AppConfig): Promise<void> {
  const shellDir = join(config.webDistDir, 'shell');
  const remotes = builtRemotes(config.webDistDir);
  const manifest = config.remoteUrls ?? Object.fromEntries(remotes.map((r) => [r, `/remotes/${r}/mf-manifest.json`]));

  fastify.get('/remotes.json', async (_req, reply) => {
    void reply.header('Cache-Control', 'no-cache');
    return manifest;
  });

  const hashed = /\.[0-9a-f]{8,}\.(js|css)(\.br|\.gz)?$/;
  const cacheHeaders = (reply: FastifyReply, path: string) => {
    void reply.header('Cache-Control', hashed.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  // Loaded only when there is something to serve (jest's module runtime cannot load its ESM dependencies).
  // The build writes .br/.gz copies of text assets; preCompressed serves them to browsers that accept them.
  const fastifyStatic = existsSync(shellDir) || remotes.length > 0 ? (await import('@fastify/static')).default : null;
  if (fastifyStatic && existsSync(shellDir)) {
    // serve: false: only reply.sendFile; the catch-all route below decides between a file and index.html.
    await fastify.register(fastifyStatic, { root: shellDir, serve: false, preCompressed: true, setHeaders: cacheHeaders });
  }
  for (const remote of fastifyStatic ? remotes : []) {
    await fastify.register(fastifyStatic!, {
      root: join(config.webDistDir, remote),
      prefix: `/remotes/${remote}/`,
      decorateReply: false,
      preCompressed: true,
      setHeaders: cacheHeaders,
    });
  }

  const indexFile = join(shellDir, 'index.html');
  let indexHtml: { body: string; mtime: number } | null = null;
  const readIndex = (): string | null => {
    if (!existsSync(indexFile)) return null;
    const mtime = statSync(indexFile).mtimeMs;
    if (!indexHtml || indexHtml.mtime !== mtime) indexHtml = { body: readFileSync(indexFile, 'utf8'), mtime };
    return indexHtml.body;
  };

  // Files of the shell, read at request time (a rebuild needs no restart); any other GET that is not
  // an API call or a file gets the shell's index.html (client-side routes).
  fastify.get('/*', (req: FastifyRequest, reply: FastifyReply) => {
    const path = decodeURIComponent(req.url.split('?')[0]);
    const file = path.slice(1);
    if (fastifyStatic && /^[\w.-]+(\/[\w.-]+)*$/.test(file) && !file.includes('..') && existsSync(join(shellDir, file)) && statSync(join(shellDir, file)).isFile()) {
      return reply.sendFile(file);
    }
    const isPage = !path.startsWith('/api/') && !path.startsWith('/remotes/') && !/\.[a-z0-9]{1,5}$/i.test(path);
    const html = isPage ? readIndex() : null;
    if (html) {
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(html);
    }
    const { status, body } = toEnvelope(new ApiException(path.startsWith('/api/') ? 'ROUTE_NOT_FOUND' : 'NOT_FOUND', 404), req);
    return reply.status(status).send(body);
  });
}
