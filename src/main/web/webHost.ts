/**
 * The browser host: serves the built renderer and the API contract on loopback, so the real
 * renderer runs in any browser against the real services and SQLite.
 *
 * Safety on a shared machine: it binds 127.0.0.1 only; every API call needs the per-run random
 * token (delivered in the page URL's fragment, which browsers never send to servers); requests
 * whose Host is not 127.0.0.1:PORT are refused (DNS rebinding); API requests from any other
 * Origin are refused (other web pages).
 */
import http from 'node:http';
import fs from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Dispatch } from '../api/dispatch';
import { resolveStaticFile } from '../static/staticFiles';
import { contentSecurityPolicy, securityHeaders } from '../security/csp';
import { isApiMethod } from '../../shared/contract/api';

/** A 50 MB file as base64 plus its envelope. */
export const MAX_REQUEST_BYTES = 80 * 1024 * 1024;
const LOOPBACK = '127.0.0.1';

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** The address to open: the URL with the token in its fragment. */
  openUrl: string;
  /** Sends an event to every connected renderer. */
  broadcast(event: string, data?: unknown): void;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_REQUEST_BYTES });
  let port = 0;
  const origin = () => `http://${LOOPBACK}:${port}`;
  const headers = () => securityHeaders(contentSecurityPolicy({ connectSrc: [`ws://${LOOPBACK}:${port}`] }));

  server.on('request', (request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      console.error('[pressmark] request failed:', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  async function handleRequest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (request.headers.host !== `${LOOPBACK}:${port}`) return sendText(response, 421, `Pressmark only answers at ${origin()}.`);
    const url = new URL(request.url ?? '/', origin());
    if (url.pathname.startsWith('/api/')) return handleApiRequest(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found');
    let body: Buffer;
    try {
      body = await fs.promises.readFile(file.filePath);
    } catch {
      return sendText(response, 404, 'Not found');
    }
    response.writeHead(200, { ...headers(), 'Content-Type': file.contentType, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function handleApiRequest(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Use POST for API calls.');
    if (!originAllowed(request.headers.origin, origin(), true)) return sendText(response, 403, 'Requests from other sites are refused.');
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || !tokensMatch(bearer, token)) return sendText(response, 401, 'Missing or wrong token.');
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    if (!isApiMethod(method)) return sendJson(response, 404, await options.dispatch(method, undefined));
    let input: unknown;
    try {
      input = JSON.parse((await readBody(request)).toString('utf8') || '{}');
    } catch (error) {
      const message = error instanceof BodyTooLargeError ? error.message : 'The request body is not valid JSON.';
      return sendJson(response, 400, {
        ok: false,
        error: { code: error instanceof BodyTooLargeError ? 'limit_exceeded' : 'invalid_input', message },
      });
    }
    sendJson(response, 200, await options.dispatch(method, input));
  }

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', origin());
    const allowed =
      request.headers.host === `${LOOPBACK}:${port}` &&
      url.pathname === '/api/ws' &&
      originAllowed(request.headers.origin, origin(), false) &&
      tokensMatch(url.searchParams.get('token') ?? '', token);
    if (!allowed) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveSocket(ws, options.dispatch));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `${origin()}/`,
    port,
    token,
    openUrl: `${origin()}/#token=${token}`,
    broadcast(event, data) {
      const message = JSON.stringify({ event, data });
      for (const client of sockets.clients) client.send(message);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One renderer connection: requests { id, method, input }, answers { id, result } in order. */
function serveSocket(ws: WebSocket, dispatch: Dispatch): void {
  ws.on('message', (raw) => {
    let message: { id?: unknown; method?: unknown; input?: unknown };
    try {
      message = JSON.parse(raw.toString()) as typeof message;
    } catch {
      ws.send(
        JSON.stringify({ id: null, result: { ok: false, error: { code: 'invalid_input', message: 'The message is not valid JSON.' } } }),
      );
      return;
    }
    const id = typeof message?.id === 'number' ? message.id : null;
    void dispatch(message?.method, message?.input).then((result) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id, result }));
    });
  });
}

/** API calls must come from our own page; tools without an Origin (curl, tests) may call HTTP with the token. */
export function originAllowed(requestOrigin: string | undefined, ownOrigin: string, allowMissing: boolean): boolean {
  if (requestOrigin === undefined) return allowMissing;
  return requestOrigin === ownOrigin;
}

export function tokensMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLargeError extends Error {}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        reject(new BodyTooLargeError(`The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
