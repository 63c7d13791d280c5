/**
 * The browser host's transport: contract calls over one WebSocket to 127.0.0.1, authenticated
 * by the token the host put in the page URL's fragment. Calls made while the socket is
 * (re)connecting wait for it; if it cannot connect, they fail as "unavailable" so the write
 * queue retries them.
 */
import type { ApiResult } from '../../shared/contract/errors';
import type { ApiMethod } from '../../shared/contract/api';
import type { Transport } from '../../shared/contract/client';

interface Pending {
  resolve(result: ApiResult<unknown>): void;
  reject(error: Error): void;
}

export type HostEventListener = (event: string, data: unknown) => void;

export class WebSocketTransport {
  private socket: WebSocket | null = null;
  private opening: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<HostEventListener>();

  constructor(private readonly url: string) {}

  readonly call: Transport = async (method: ApiMethod, input: unknown) => {
    const socket = await this.connect();
    const id = this.nextId++;
    return new Promise<ApiResult<unknown>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, input }));
    });
  };

  onEvent(listener: HostEventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  private connect(): Promise<WebSocket> {
    if (this.socket?.readyState === WebSocket.OPEN) return Promise.resolve(this.socket);
    this.opening ??= new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(this.url);
      socket.addEventListener('open', () => {
        this.socket = socket;
        this.opening = null;
        resolve(socket);
      });
      socket.addEventListener('message', (event) => this.onMessage(String(event.data)));
      socket.addEventListener('close', () => {
        if (this.socket === socket) this.socket = null;
        if (this.opening) {
          this.opening = null;
          reject(new Error('the Pressmark host is not running'));
        }
        this.failPending(new Error('the connection to the Pressmark host closed'));
      });
    });
    return this.opening;
  }

  private onMessage(raw: string): void {
    let message: { id?: unknown; result?: ApiResult<unknown>; event?: unknown; data?: unknown };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      return;
    }
    if (typeof message.event === 'string') {
      for (const listener of this.eventListeners) listener(message.event, message.data);
      return;
    }
    if (typeof message.id !== 'number' || !message.result) return;
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    pending?.resolve(message.result);
  }

  private failPending(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    waiting.forEach((pending) => pending.reject(error));
  }
}
