import type { FastifyInstance } from 'fastify';
import { invalid } from './errors.js';

// Text PostgreSQL cannot store as sent. U+0000 makes the insert fail (text and jsonb refuse it),
// which surfaced as a 500 (found by the fuzz tests in robustness/); a lone UTF-16 surrogate is
// quietly replaced by U+FFFD on the way to UTF-8, so the stored value differs from the one sent.
// Neither is ever meaningful text, so both are refused before validation or any service.
const LONE_SURROGATE = /\p{Cs}/u;
const isUnstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * The path of the first unstorable string in a parsed JSON value ('' for the value itself); for
 * an unstorable object key, the path of its object. Undefined when all is storable.
 */
export function findUnstorableText(value: unknown): string | undefined {
  // Iterative: a body may nest thousands of levels deep, which must not overflow the stack.
  const pending: Array<[unknown, string]> = [[value, '']];
  while (pending.length > 0) {
    const [node, path] = pending.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (isUnstorable(node)) return path;
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => {
        pending.push([item, `${path}[${i}]`]);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        const at = path ? `${path}.${key}` : key;
        if (isUnstorable(key)) return path;
        pending.push([item, at]);
      }
    }
  }
  return undefined;
}

/** Refuses (400, naming the field) a body, query or path parameter holding unstorable text. */
export function registerStorableTextCheck(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      const path = findUnstorableText(value);
      if (path === undefined) continue;
      const field = !path ? part : part === 'body' ? path : `${part}.${path}`;
      throw invalid(field, 'holds a NUL character or a lone surrogate, which cannot be stored');
    }
  });
}
