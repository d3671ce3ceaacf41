import { authorizedFetch } from '../api/client';
import { SseParser } from './sse';

/** What analytics-service announces about an event of the signed-in agency (ids only, no texts). */
export interface LiveUpdate {
  type: string;
  occurredAt: string;
  channel?: string | null;
  leadId?: string | null;
  conversationId?: string | null;
  state?: string | null;
}

type Listener = (update: LiveUpdate) => void;

const listeners = new Set<Listener>();
let controller: AbortController | null = null;
let retryDelay = 1000;

/**
 * Subscribes to {@code GET /api/analytics/live}. One stream serves every listener; it is opened by
 * the first and closed after the last, and reopens with backoff when it drops. The stream is read
 * with fetch, not EventSource, because it needs the Authorization header.
 */
export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener);
  if (!controller) connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && controller) {
      controller.abort();
      controller = null;
    }
  };
}

function connect(): void {
  const abort = new AbortController();
  controller = abort;
  void (async () => {
    try {
      const response = await authorizedFetch('/api/analytics/live', {
        headers: { Accept: 'text/event-stream' },
        signal: abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`live stream answered ${response.status}`);
      retryDelay = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of parser.push(value)) {
          if (event.event !== 'update') continue;
          const update = JSON.parse(event.data) as LiveUpdate;
          listeners.forEach((l) => l(update));
        }
      }
    } catch {
      // Dropped or refused: reconnect below unless nobody listens any more.
    }
    if (controller === abort && !abort.signal.aborted) {
      setTimeout(() => {
        if (controller === abort && listeners.size > 0) connect();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
    }
  })();
}
