// Bare Fastify 5: GET /api/ping → { ok: true, time }.
import Fastify from 'fastify';
import { announce, port, stopWith } from './ready.js';

const app = Fastify({ logger: false });
app.get('/api/ping', async () => ({ ok: true, time: new Date().toISOString() }));

await app.listen({ port: port(), host: '127.0.0.1' });
announce('fastify', app.server.address().port);
stopWith(() => app.close());
