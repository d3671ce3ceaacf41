import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The gateway serves the built files at "/" and answers /api/** and /webchat/** itself, so the app
// only ever talks to its own origin. `npm run dev` forwards those paths to a local platform.
const platform = process.env.PLATFORM_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': platform,
      '/webchat': platform,
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
