import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type ServerOptions } from 'socket.io';
import { RT_MAX_FRAME_BYTES } from '@yiqia/contracts';

/** The part of a node-redis client used here (its full generic type does not survive assignment). */
interface RedisClient {
  close(): Promise<unknown>;
  destroy(): void;
}

/**
 * Socket.IO server factory: frames over 64 KB are refused by the transport, no client bundle is served,
 * and with REDIS_URL the Redis adapter shares rooms, broadcasts, fetchSockets() and serverSideEmit()
 * between API processes (without it everything stays in this process).
 */
export class RtIoAdapter extends IoAdapter {
  private readonly log = new Logger('RtIoAdapter');
  private pub: RedisClient | null = null;
  private sub: RedisClient | null = null;
  private key = 'yiqia-rt';

  constructor(app: INestApplicationContext) {
    super(app);
  }

  /** Connects the pub/sub clients; fails (instead of waiting forever) when Redis cannot be reached. */
  async connectRedis(url: string, key: string, timeoutMs = 10_000): Promise<void> {
    this.key = key;
    const pub = createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3000) } });
    const sub = pub.duplicate();
    for (const [name, client] of [
      ['pub', pub],
      ['sub', sub],
    ] as const) {
      client.on('error', (e: Error) => this.log.error(`redis ${name}: ${e.message}`));
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis at ${redact(url)} did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
    } catch (e) {
      pub.destroy();
      sub.destroy();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    this.pub = pub as unknown as RedisClient;
    this.sub = sub as unknown as RedisClient;
  }

  /** Built with the application's socket.io (@nestjs/platform-socket.io carries its own copy). */
  override createIOServer(port: number, options?: object): never {
    const opts: Partial<ServerOptions> = {
      ...(options as Partial<ServerOptions>),
      maxHttpBufferSize: RT_MAX_FRAME_BYTES,
      serveClient: false,
      // Same-origin by default; the /rt handshake middleware checks Origin against the allowlist.
      cors: undefined,
    };
    const server = this.httpServer && port === 0 ? new Server(this.httpServer, opts) : new Server(port, opts);
    if (this.pub && this.sub) server.adapter(createAdapter(this.pub, this.sub, { key: this.key, requestsTimeout: 3000 }));
    return server as never;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all([this.pub, this.sub].map((c) => c?.close().catch(() => c.destroy())));
    this.pub = this.sub = null;
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
