import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import { startWebHost, type WebHost } from './webHost';
import { createTestApi, tempDir } from '../../test/testServices';

let host: WebHost;
let rendererDir: string;

beforeEach(async () => {
  rendererDir = tempDir('pressmark-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pressmark</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'secret');
  host = await startWebHost({ dispatch: createTestApi().dispatch, rendererDir });
});

afterEach(() => host.close());

/** A raw HTTP request, so tests control every header (fetch would set Host and Origin itself). */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 and gives an address with the token in the fragment', () => {
    expect(host.openUrl).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pressmark</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
  });

  it('refuses paths outside the renderer and unknown files', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/nothing.js', '/%00']) {
      const response = await request({ path: p });
      expect(response.status, p).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await request({ path: '/', headers: { Host: 'evil.example:80' } });
    expect(response.status).toBe(421);
  });

  it('answers API calls with the token, and refuses a missing or wrong token or a foreign Origin', async () => {
    const ok = await api('documents.list', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
    expect((await api('documents.list', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await request({ method: 'POST', path: '/api/documents.list', body: '{}' })).status).toBe(401);
    expect((await api('documents.list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('documents.list', {}, { Origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('returns typed errors for bad JSON, unknown methods and invalid payloads', async () => {
    const badJson = await request({
      method: 'POST',
      path: '/api/documents.list',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{nope',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.parse((await api('documents.drop', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(JSON.parse((await api('documents.get', { id: 42 })).body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('speaks the contract over a WebSocket from its own origin with the token, and refuses others', async () => {
    const url = `ws://127.0.0.1:${host.port}/api/ws?token=${host.token}`;
    const socket = new WebSocket(url, { origin: `http://127.0.0.1:${host.port}` });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const reply = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
    socket.send(JSON.stringify({ id: 7, method: 'settings.get', input: {} }));
    expect(JSON.parse(await reply)).toMatchObject({ id: 7, result: { ok: true, value: { authorName: '', lastDocumentId: null } } });
    const event = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
    host.broadcast('menu', { command: 'tag.quote' });
    expect(JSON.parse(await event)).toEqual({ event: 'menu', data: { command: 'tag.quote' } });
    socket.close();

    for (const [target, origin] of [
      [url, 'https://evil.example'],
      [`ws://127.0.0.1:${host.port}/api/ws?token=wrong`, `http://127.0.0.1:${host.port}`],
    ] as const) {
      const refused = new WebSocket(target, { origin });
      const outcome = await new Promise<string>((resolve) => {
        refused.once('open', () => resolve('open'));
        refused.once('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        refused.once('error', () => resolve('error'));
      });
      expect(outcome).not.toBe('open');
    }
  });
});
