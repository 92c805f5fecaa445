// What a compressing reverse proxy in front of Pathways would send (nginx `gzip on` with the text
// types, Caddy `encode gzip`): the Pathways server sends its files uncompressed, so the benchmark
// measures the pages both as served and through this proxy, which gzips (level 6) text responses
// for clients that accept gzip and passes everything else through untouched.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|problem\+json)|image\/svg\+xml)/;

export type GzipProxy = { url: string; close: () => Promise<void> };

export function startGzipProxy(target: string, port: number): Promise<GzipProxy> {
  const upstream = new URL(target);
  const server = http.createServer((request, response) => {
    const forward = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const isCompressible =
          accepts &&
          COMPRESSIBLE.test(type) &&
          !answer.headers['content-encoding'] &&
          answer.statusCode !== 204 &&
          answer.statusCode !== 304 &&
          request.method !== 'HEAD';
        if (!isCompressible) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
        delete headers['content-length'];
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(zlib.createGzip({ level: 6 })).pipe(response);
      },
    );
    forward.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: listening } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${listening}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
