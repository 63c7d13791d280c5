import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Three builds, all CommonJS for the Node side (package.json has no "type": "module"):
 * - main: out/main/index.js (Electron app), out/main/web.js (browser host) and out/main/cli.js
 *   (the pressmark command line), sharing the services, and out/main/worker.js (their worker threads);
 * - preload: one self-contained file, as a sandboxed preload must be;
 * - renderer: the React app, served by Electron's app:// protocol or by the browser host.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // approx-string-match ships only as an ES module: bundle it rather than require() it at run time.
      externalizeDeps: { exclude: ['approx-string-match'] },
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/electron/main.ts'),
          web: resolve(__dirname, 'src/main/web/main.ts'),
          cli: resolve(__dirname, 'src/main/cli/main.ts'),
          // The background worker (imports' parsing, exports' rendering), loaded from beside the bundle: out/main/worker.js.
          worker: resolve(__dirname, 'src/main/workers/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      sourcemap: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
