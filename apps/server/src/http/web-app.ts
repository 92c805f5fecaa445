import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errors.js';

// Vite names every file under assets/ by a hash of its content: a changed file gets a new name, so
// browsers may keep these for a year without asking again. index.html names the current ones, so
// it is revalidated on every load (a 304 when unchanged).
const HASHED_ASSETS = `assets${path.sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app and answers unknown paths: JSON 404 under /api, the app's
 * index.html elsewhere (the browser router takes over from there). The build writes brotli and
 * gzip copies beside each text file (apps/web/vite.config.ts); `preCompressed` sends the one the
 * browser accepts, with `Vary: Accept-Encoding`, and the file itself to a client that takes neither.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string) {
  const hasBuild = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    const root = path.resolve(distDir);
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are found beside their file, not served under their own names.
      globIgnore: ['**/*.br', '**/*.gz'],
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const isHashed = path.relative(root, filePath).startsWith(HASHED_ASSETS);
        reply.header('cache-control', isHashed ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && hasBuild;
    if (isPage) return reply.type('text/html').sendFile('index.html');
    return sendProblem(
      reply,
      404,
      'not_found',
      `No route for ${request.method} ${request.url.split('?')[0]}.`,
    );
  });
}
