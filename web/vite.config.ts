// SPDX-License-Identifier: EUPL-1.2
/**
 * Vite build of the web app: root web/, output web/dist (served by the Fastify app).
 * `npm run dev:web` proxies /api to a server started with `regietafel serve` on port 3000.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // MapLibre alone is about 1 MB; it is loaded lazily, only on pages with a map.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
