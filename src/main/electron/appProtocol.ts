/**
 * Serves the built renderer from app://pressmark/ instead of file://, so every page gets our
 * Content-Security-Policy and security headers, and nothing else on disk is reachable.
 */
import fs from 'node:fs';
import { protocol } from 'electron';
import { resolveStaticFile } from '../static/staticFiles';
import { contentSecurityPolicy, securityHeaders } from '../security/csp';
import { APP_SCHEME } from '../security/windowPolicy';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const headers = securityHeaders(contentSecurityPolicy());
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'pressmark' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.promises.readFile(file.filePath);
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': file.contentType } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
