import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isAppUrl,
  isTrustedSender,
  linkAction,
  navigationAction,
  permissionAllowed,
  redirectAllowed,
  secureWebPreferences,
} from './windowPolicy';
import { contentSecurityPolicy } from './csp';
import { resolveStaticFile } from '../static/staticFiles';
import path from 'node:path';

describe('window policy', () => {
  it('turns on every isolation setting and turns off Node in the page', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('recognises only the app itself (and the dev server in development)', () => {
    expect(isAppUrl('app://pressmark/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://example.org')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('sends web links to the system browser and denies everything else', () => {
    expect(linkAction('https://apnews.com/article')).toBe('open-externally');
    expect(linkAction('http://example.org')).toBe('open-externally');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://pressmark/x', 'smb://share', 'data:text/html,x'])
      expect(linkAction(url)).toBe('deny');
  });

  it('trusts IPC only from the app main frame', () => {
    expect(isTrustedSender({ url: 'app://pressmark/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://pressmark/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('denies every permission request', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      expect(permissionAllowed(permission)).toBe(false);
  });
});

describe('navigation, redirects and new windows', () => {
  const page = 'app://pressmark/index.html';

  it('lets a page reload itself and nothing else navigate the window', () => {
    expect(navigationAction(page, page)).toBe('stay');
    expect(navigationAction('app://pressmark/other.html', page)).toBe('deny');
    expect(navigationAction('https://evil.example/', page)).toBe('open-externally');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>', 'app://evil/index.html', 'x'])
      expect(navigationAction(url, page)).toBe('deny');
    expect(navigationAction('http://localhost:5173/', 'http://localhost:5173/', 'http://localhost:5173')).toBe('stay');
    expect(navigationAction('http://localhost:5173/', 'http://localhost:5173/')).toBe('open-externally');
  });

  it('follows redirects only to the app itself', () => {
    expect(redirectAllowed(page)).toBe(true);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/', 'http://127.0.0.1:1/'])
      expect(redirectAllowed(url)).toBe(false);
  });

  it('never opens anything but http(s) outside the app, whatever the URL', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.constantFrom('javascript:', 'file:', 'smb:', 'data:', 'app:', 'ms-settings:').map((s) => `${s}//x`),
        ),
        (url) => {
          const external = linkAction(url) === 'open-externally';
          expect(external).toBe(/^https?:$/.test(URL.canParse(url) ? new URL(url).protocol : ''));
          expect(navigationAction(url, page)).not.toBe(external ? 'deny' : 'open-externally');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('IPC senders and permissions, for any input', () => {
  it('trusts no frame that is not the app main frame', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.boolean(), (url, isMainFrame) => {
        expect(isTrustedSender({ url, isMainFrame })).toBe(false);
        expect(isTrustedSender({ url, isMainFrame }, 'http://localhost:5173')).toBe(
          url.startsWith('http://localhost:5173/') && isMainFrame,
        );
      }),
      { numRuns: 200 },
    );
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('denies every permission, whatever its name', () => {
    fc.assert(
      fc.property(fc.string(), (permission) => {
        expect(permissionAllowed(permission)).toBe(false);
      }),
    );
  });
});

describe('content security policy', () => {
  it('allows only our own scripts and styles, and no framing, plugins or forms', () => {
    const csp = contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:1234'] });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:1234");
  });
});

describe('resolveStaticFile', () => {
  const root = path.resolve('/srv/renderer');
  it('maps / to index.html and keeps every path inside the root', () => {
    expect(resolveStaticFile(root, '/')).toEqual({ filePath: path.join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveStaticFile(root, '/assets/a.js?v=1')?.filePath).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveStaticFile(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticFile(root, '/%2e%2e/%2e%2e/etc/shadow.txt')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveStaticFile(root, '/file.exe')).toBeNull();
  });
});
