import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/index.js';

// A build as apps/web/vite.config.ts writes it: hashed files under assets/, each text file with
// its brotli and gzip copies beside it.
const SCRIPT = 'export const greeting = "hello";\n'.repeat(40);
const PAGE =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f9a1c.js"></script></head></html>';

let t: TestContext;
let distDir: string;

const writeWithCopies = async (file: string, body: string) => {
  await fs.writeFile(file, body);
  await fs.writeFile(`${file}.br`, zlib.brotliCompressSync(body));
  await fs.writeFile(`${file}.gz`, zlib.gzipSync(body));
};

beforeAll(async () => {
  distDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pathways-web-dist-'));
  await fs.mkdir(path.join(distDir, 'assets'));
  await writeWithCopies(path.join(distDir, 'assets/app-3f9a1c.js'), SCRIPT);
  await writeWithCopies(path.join(distDir, 'index.html'), PAGE);
  t = await createTestApp({ seed: false, env: { WEB_DIST_DIR: distDir } });
});
afterAll(async () => {
  await t.close();
  await fs.rm(distDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the built web app', () => {
  it('sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year', async () => {
    const res = await get('/assets/app-3f9a1c.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy to a client that takes gzip only', async () => {
    const res = await get('/assets/app-3f9a1c.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file itself, still cacheable, to a client that accepts no encoding', async () => {
    const res = await get('/assets/app-3f9a1c.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(res.body).toBe(SCRIPT);
  });

  it('has the page revalidated on every load, compressed, on any app path', async () => {
    for (const url of ['/', '/index.html', '/caseload']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toBe(PAGE);
    }
  });

  it('does not serve the compressed copies under their own names', async () => {
    const res = await get('/assets/app-3f9a1c.js.br');
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toBe(PAGE);
  });

  it('keeps unknown API paths a JSON 404', async () => {
    const res = await get('/api/nothing-here', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
