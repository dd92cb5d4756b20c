// Shared by the benchmark servers: tell the parent process which port we listen on, and stop when
// asked (or when the parent goes away).
export function announce(name, port) {
  if (process.send) process.send({ type: 'ready', name, port, pid: process.pid });
  else console.log(`${name} listening on http://127.0.0.1:${port}/api/ping`);
}

export function stopWith(close) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop);
  process.on('message', (m) => m?.type === 'stop' && stop());
}

export const port = () => Number(process.env.PORT ?? 0);
