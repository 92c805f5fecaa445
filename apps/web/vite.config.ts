import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The notifications store alone (see src/app/notifications-host.tsx): the package exports only
// its index, which also pulls in the container. A Mantine upgrade that moves the file fails here.
const notificationsStore = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@mantine/notifications')),
  '../esm/notifications.store.mjs',
);

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@mantine\/notifications\/store$/, replacement: notificationsStore }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Pages are split by the router's lazy routes (src/app/router.tsx). The libraries every
        // page loads (`$initial`: statically imported from the entry) get chunks of their own,
        // which stay cached across app releases: React, Mantine, then the rest. Libraries that
        // only some pages use are left to automatic chunking, so they load with those pages.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/,
              tags: ['$initial'],
              priority: 15,
            },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
});
