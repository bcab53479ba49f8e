import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI: built into web/dist, which the API server serves at `/`. `npm run dev:web` serves it
// with hot reload and sends API calls to a server on :3000 (`npm start`).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: { '/v1': 'http://localhost:3000', '/openapi.json': 'http://localhost:3000' },
  },
});
