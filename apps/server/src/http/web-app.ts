import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './errors.js';

/**
 * Serves the built web app and answers unknown paths: JSON 404 under /api, the app's
 * index.html elsewhere (the browser router takes over from there).
 */
export async function registerWebApp(app: FastifyInstance, distDir: string) {
  const hasBuild = fs.existsSync(path.join(distDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
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
