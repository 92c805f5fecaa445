import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.js';
import { parseHeadLines } from './audit-head-file.js';
import { isHeadAuthentic, signHead } from './audit-heads.js';

const key = Buffer.alloc(32, 1);
const head = signHead(key, {
  chain: 'GH',
  lastSeq: 42,
  lastHash: 'a'.repeat(64),
  signedAt: '2026-05-01T10:00:00.000Z',
});

describe('signed chain heads', () => {
  it('verifies a head only with its key and only as signed', () => {
    expect(isHeadAuthentic(key, head)).toBe(true);
    expect(isHeadAuthentic(Buffer.alloc(32, 2), head)).toBe(false);
    for (const change of [
      { chain: 'MA' },
      { lastSeq: 41 },
      { lastHash: 'b'.repeat(64) },
      { signedAt: '2026-05-01T10:00:01.000Z' },
      { mac: head.mac.replace(/^./, (c) => (c === '0' ? '1' : '0')) },
    ]) {
      expect(isHeadAuthentic(key, { ...head, ...change }), JSON.stringify(change)).toBe(false);
    }
  });

  it('reads heads from the head file and from the server log, skipping other lines', () => {
    const logLine = JSON.stringify({ level: 30, time: 1, auditHead: head, msg: 'audit chain head signed' });
    const text = [
      JSON.stringify(head),
      '{"level":30,"msg":"request completed","res":{"statusCode":200}}',
      logLine,
      'not json at all',
      '{"auditHead":{"chain":"GH","mac":"zz"}}',
      '',
    ].join('\n');
    expect(parseHeadLines(text)).toEqual({ heads: [head, head], malformed: 1 });
  });

  it('takes the key from PATHWAYS_AUDIT_KEY; a published fallback only outside production', () => {
    const configured = Buffer.alloc(32, 9).toString('base64');
    expect(loadConfig({ NODE_ENV: 'production', PATHWAYS_AUDIT_KEY: configured }).audit).toMatchObject({
      key: Buffer.alloc(32, 9),
      isDevelopmentKey: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', PATHWAYS_DEMO: '1' }).audit.key).toBeUndefined();
    const development = loadConfig({ NODE_ENV: 'development' }).audit;
    expect(development.isDevelopmentKey).toBe(true);
    expect(development.key?.length).toBe(32);
    expect(() => loadConfig({ PATHWAYS_AUDIT_KEY: 'c2hvcnQ=' })).toThrow(ConfigError);
    expect(() => loadConfig({ PATHWAYS_AUDIT_KEY: 'c2hvcnQ=' })).toThrow(/PATHWAYS_AUDIT_KEY/);
  });

  it('refuses to start in production without PATHWAYS_AUDIT_KEY, even as a demo', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', PATHWAYS_DEMO: '1', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PATHWAYS_AUDIT_KEY: is required in production/);
  });
});
