import querystring from 'node:querystring';
import type { z } from 'zod';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { findUnstorableText } from '../http/storable-text.js';

// Decides whether a generated request is a bad input: one no correct server may accept.

/** One write route as the fuzzer sees it: its zod schemas and the ids of real records for its path. */
export type RouteUnderTest = {
  method: string;
  url: string;
  paramNames: string[];
  params?: z.ZodType;
  query: z.ZodType;
  body?: z.ZodType;
  /** Path parameters naming records the actor may act on. */
  fixtureParams: Record<string, string>;
};

export type Family =
  | 'one bad value'
  | 'near-valid body'
  | 'schema-shaped body'
  | 'random junk body'
  | 'malformed JSON'
  | 'wrong content type'
  | 'bad query'
  | 'wrong path parameter';

/** A request, as raw as it goes on the wire. */
export type FuzzCase = {
  family: Family;
  /** Path segments, already percent-encoded (some deliberately badly). */
  segments: Record<string, string>;
  /** The query string without `?`. */
  query: string;
  payload: string | undefined;
  contentType: string | undefined;
};

/**
 * Versions the fuzzer sends are far above any fixture record's (they are edited a few times at
 * most): a body that passes its schema but carries one is stale, and the convention says 409.
 */
export const STALE_VERSION_FLOOR = 1_000;
const hasStaleVersion = (value: unknown) =>
  isObject(value) && typeof value.version === 'number' && value.version >= STALE_VERSION_FLOOR;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Sign-in routes: a password other than the demo one, or any second-factor code (the fuzzing
 * users have no second factor and no pending sign-in), is a wrong credential, refused.
 */
function hasWrongCredentials(route: RouteUnderTest, body: unknown) {
  if (!route.url.startsWith('/api/auth/') || !isObject(body)) return false;
  for (const field of ['password', 'currentPassword'])
    if (field in body && body[field] !== DEMO_PASSWORD) return true;
  return 'code' in body || 'recoveryCode' in body;
}

export function passes(schema: z.ZodType | undefined, value: unknown): boolean {
  if (!schema) return true;
  try {
    return schema.safeParse(value).success;
  } catch {
    return false; // e.g. a stack overflow on deep nesting: the server cannot accept it either
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // A leading byte-order mark is the one thing a lenient parser might forgive.
    try {
      return { ok: true, value: JSON.parse(text.replace(/^\ufeff/, '')) };
    } catch {
      return { ok: false };
    }
  }
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** True when no correct server may accept the request: it must be refused without any write. */
export function isBadInput(route: RouteUnderTest, c: FuzzCase): boolean {
  // The path: any parameter that is malformed or names no record of its kind.
  const decoded: Record<string, string> = {};
  for (const name of route.paramNames) {
    const value = decodeSegment(c.segments[name] ?? '');
    if (value === undefined || value === '') return true;
    decoded[name] = value;
  }
  if (route.params) {
    const parsed = route.params.safeParse(decoded);
    if (!parsed.success) return true;
    for (const [name, value] of Object.entries(parsed.data as Record<string, unknown>)) {
      if (String(value).toLowerCase() !== route.fixtureParams[name]?.toLowerCase()) return true;
    }
  }

  const query = querystring.parse(c.query);
  if (!passes(route.query, { ...query }) || hasStaleVersion(coerceNumbers(query))) return true;
  if (findUnstorableText({ ...query }) !== undefined) return true;

  if (c.payload === undefined) return route.body !== undefined && !passes(route.body, undefined);
  if (c.contentType === undefined || !/^application\/json(;|$)/.test(c.contentType)) return true;
  if (c.payload === '') return true; // an empty JSON body is refused whatever the route
  // What arrives: the text as UTF-8, where a raw lone surrogate has become U+FFFD.
  const json = parseJson(Buffer.from(c.payload).toString());
  if (!json.ok) return true;
  if (Buffer.byteLength(c.payload) > 256 * 1024 && !route.url.startsWith('/api/hsds/')) return true;
  // A route without a body schema ignores the body: only the envelope could make it bad.
  if (!route.body) return false;
  return (
    !passes(route.body, json.value) ||
    findUnstorableText(json.value) !== undefined ||
    hasStaleVersion(json.value) ||
    hasWrongCredentials(route, json.value)
  );
}

const coerceNumbers = (query: querystring.ParsedUrlQuery) =>
  Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? Number(v) : v]));
