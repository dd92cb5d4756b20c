import { Injectable } from '@nestjs/common';

export type SessionEnded = { sessionId: string } | { userId: string };

/**
 * Tells whoever holds long-lived connections (the real-time gateway) that sessions ended: logout, a
 * replayed refresh token, removal from an organisation. Listeners must not throw.
 */
@Injectable()
export class SessionEvents {
  private readonly listeners = new Set<(e: SessionEnded) => void>();

  onEnded(listener: (e: SessionEnded) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  ended(e: SessionEnded): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // a listener's failure must not fail the logout
      }
    }
  }
}
