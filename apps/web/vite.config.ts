import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The notifications store alone (see src/app/notifications-host.tsx): the package exports only
// its index, which also pulls in the container. A Mantine upgrade that moves the file fails here.
const notificationsStore = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@mantine/notifications')),
  '../esm/notifications.store.mjs',
);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;

/**
 * Writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9) beside each text file of the build, once,
 * at build time: the server sends them as they are (@fastify/static `preCompressed`), so a phone
 * on a slow network downloads about a quarter of the bytes and the server spends no CPU per request.
 * A compressed copy that would not be smaller is not written (the server then sends the file).
 */
const precompress = (): Plugin => ({
  name: 'pathways-precompress',
  apply: 'build',
  async writeBundle(options, bundle) {
    const outDir = options.dir ?? 'dist';
    const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
    await Promise.all(
      files.map(async (name) => {
        const file = path.join(outDir, name);
        const body = await fs.readFile(file);
        const [br, gz] = await Promise.all([
          brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
          gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION }),
        ]);
        if (br.length < body.length) await fs.writeFile(`${file}.br`, br);
        if (gz.length < body.length) await fs.writeFile(`${file}.gz`, gz);
      }),
    );
  },
});

// Lazily loaded library code, grouped (see codeSplitting below). A group also takes the modules
// its modules import, unless a group of higher priority took them first.
/** Modules under node_modules/<path>/ for any of the paths, with either path separator. */
const inPackages = (paths: string[]) =>
  new RegExp(`node_modules[\\\\/](${paths.map((p) => p.replaceAll('/', '[\\\\/]')).join('|')})[\\\\/]`);
const components = (names: string[]) => names.map((name) => `@mantine/core/esm/components/${name}`);
/** What the sign-in page (src/features/auth/login-page.tsx) uses beyond the entry's Mantine. */
const SIGN_IN_UI = inPackages([
  ...components([
    'ActionIcon',
    'Input',
    'InputBase',
    'PasswordInput',
    'SimpleGrid',
    'TextInput',
    'ThemeIcon',
  ]),
  '@mantine/hooks/esm/use-uncontrolled',
]);
const LAZY_UI = inPackages(['@mantine/core', '@mantine/hooks', '@floating-ui', '@tanstack']);
/** Heavier form and data components, used by fewer pages than the shell's menus and selects. */
const MORE_UI = inPackages([
  ...components([
    'Autocomplete',
    'Breadcrumbs',
    'Card',
    'Divider',
    'Drawer',
    'Fieldset',
    'FloatingIndicator',
    'Grid',
    'Image',
    'List',
    'MultiSelect',
    'NativeSelect',
    'NumberInput',
    'Pagination',
    'Pill',
    'PillsInput',
    'SegmentedControl',
    'Switch',
    'Table',
    'Tabs',
    'TagsInput',
    'Textarea',
  ]),
  'react-number-format',
]);

export default defineConfig({
  plugins: [react(), precompress()],
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
        // which stay cached across app releases: React, Mantine, then the rest.
        //
        // The libraries only some pages use (Mantine's other components, icons) would otherwise
        // fall into one chunk per set of pages sharing them: some 50 files of a few hundred
        // bytes for the caseload, and a slow phone network pays a round trip per handful of
        // files (HTTP/1.1: 6 connections). They are grouped instead (bench/src/web.ts measures
        // it): the sign-in page's few components alone, so it does not download the rest; all
        // icons (5 kB gzip); the components of the app shell and the lists; and the heavier
        // form and data components fewer pages use. A component in the wrong group costs bytes
        // or a request, never correctness; a sign-in page that starts loading `ui` shows in the
        // benchmark's first-load figure.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/,
              tags: ['$initial'],
              priority: 25,
            },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 20 },
            { name: 'ui-sign-in', test: SIGN_IN_UI, priority: 15 },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/, priority: 14 },
            { name: 'ui', test: (id) => LAZY_UI.test(id) && !MORE_UI.test(id), priority: 13 },
            { name: 'ui-more', test: MORE_UI, priority: 12 },
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
