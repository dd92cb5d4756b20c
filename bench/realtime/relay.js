// The baseline: a bare Socket.IO relay on the same /rt namespace and events — no auth, no validation,
// no persistence. `room:join` joins, `message:send` acks with a message and broadcasts it to the room.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { maxHttpBufferSize: 64 * 1024, serveClient: false });
const seqs = new Map();
io.of('/rt').on('connection', (socket) => {
  socket.on('room:join', (p, ack) => {
    socket.join(`room:${p.roomId}`);
    ack({ ok: true, room: { id: p.roomId }, messages: [] });
  });
  socket.on('message:send', (p, ack) => {
    const seq = (seqs.get(p.roomId) ?? 0) + 1;
    seqs.set(p.roomId, seq);
    const message = { id: randomUUID(), roomId: p.roomId, seq, clientId: p.clientId, sender: {}, body: p.body, attachments: [], type: 'text', createdAt: new Date().toISOString() };
    ack({ ok: true, message });
    io.of('/rt').to(`room:${p.roomId}`).emit('message:new', message);
  });
});
http.listen(0, '127.0.0.1', () => process.send?.({ ready: http.address().port }));
process.on('SIGTERM', () => process.exit(0));
