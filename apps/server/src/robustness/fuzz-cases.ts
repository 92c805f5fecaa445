import querystring from 'node:querystring';
import fc from 'fast-check';
import {
  type Family,
  type FuzzCase,
  passes,
  type RouteUnderTest,
  STALE_VERSION_FLOOR,
} from './bad-input-oracle.js';
import { mutate, mutation, poisonText } from './mutations.js';
import { nastyString, nastyValue, strangeKey, toJsonText } from './nasty-values.js';
import { acceptsAnything, arbitraryFor, type Hints, jsonSchemaOf } from './schema-arbitrary.js';

// Generated requests for one route; bad-input-oracle.ts then keeps the bad ones.

// Versions far above any fixture record's: a body that passes its schema with one is stale.
const staleVersion = fc.oneof(
  fc.integer({ min: STALE_VERSION_FLOOR, max: 2_147_483_647 }),
  // The edges of PostgreSQL's integer, which a version column is, and of JSON's safe integers.
  fc.constantFrom(2_147_483_646, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER),
);

const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    // Lone surrogates: send their UTF-8 replacement bytes, as a browser would.
    return [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
};

/** A query string, percent-encoding even lone surrogates (querystring.stringify throws on them). */
const queryText = (query: Record<string, unknown>) =>
  Object.entries(query)
    .flatMap(([key, value]) => [value].flat().map((v) => `${encode(key)}=${encode(String(v))}`))
    .join('&');

const rawSegment = fc.constantFrom(
  '%',
  '%zz',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  '%2F..%2F',
  '..',
  '%20',
  'a'.repeat(5000),
);

const wrongContentType = fc.constantFrom(
  undefined,
  'text/plain',
  'text/html',
  'text/json',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  'application/jsonx',
  'application/json-patch+json',
  'image/png',
);

function malformed(text: string, pick: number, char: string): string {
  const at = text.length > 1 ? 1 + (pick % (text.length - 1)) : 0;
  const options = [
    text.slice(0, at), // cut short
    `${text.slice(0, at)}${char}${text.slice(at)}`, // a stray character
    `${text}${char}garbage`,
    text.replaceAll('"', "'"),
    `${text},${text}`,
    '{',
    '{"a":',
    'undefined',
    'NaN',
    '{"a":1,}',
    '[1,]',
    '{"a":01}',
    '{"a":"\\x41"}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '\ufeff\ufeff{}',
  ];
  return options[pick % options.length] as string;
}

/**
 * Requests for one route (`ids`: real records for uuid fields; `recordIds`: path parameter name
 * → a record of that kind): near-valid bodies derived from its schema with one to three
 * mutations, schema-shaped bodies the oracle then judges, random junk, broken JSON, wrong
 * media types, bad query strings and wrong path parameters.
 */
export function fuzzCases(
  route: RouteUnderTest,
  ids: readonly string[],
  recordIds: Readonly<Record<string, string>>,
): fc.Arbitrary<FuzzCase> {
  const hints: Hints = {
    ids,
    byName: {
      version: staleVersion,
      country: fc.constant('MA'),
      countryCode: fc.constant('MA'),
    },
  };
  const bodySchema = route.body ? jsonSchemaOf(route.body) : undefined;
  const shaped: fc.Arbitrary<unknown> = bodySchema ? arbitraryFor(bodySchema, hints) : fc.constant({});
  const querySchema = jsonSchemaOf(route.query);
  const baseQuery = arbitraryFor(querySchema, hints).map((q) => queryText(q as Record<string, unknown>));
  const validSegments = Object.fromEntries(
    route.paramNames.map((name) => [name, encode(route.fixtureParams[name] ?? '')]),
  );
  const json = (value: unknown) => ({ payload: toJsonText(value), contentType: 'application/json' });
  const plain = (family: Family) =>
    fc.record({ q: baseQuery, body: shaped }).map(({ q, body }) => ({
      family,
      segments: validSegments,
      query: q,
      ...json(body),
    }));

  const families: Array<{ weight: number; arbitrary: fc.Arbitrary<FuzzCase> }> = [];
  if (route.body) {
    if (bodySchema && acceptsAnything(bodySchema))
      throw new Error(`${route.method} ${route.url}: its body schema accepts anything; give it one to fuzz`);
    // Bodies that pass the route's whole schema, refinements included (sampled with a fixed
    // seed): one wrong value in an otherwise valid body is the nearest miss there is.
    const validBodies = fc
      .sample(shaped, { numRuns: 400, seed: 1 })
      .filter((body) => passes(route.body, JSON.parse(toJsonText(body))));
    if (validBodies.length > 0) {
      families.push({
        weight: 4,
        arbitrary: fc
          .tuple(
            plain('one bad value'),
            fc.constantFrom(...validBodies),
            fc.oneof({ weight: 1, arbitrary: poisonText }, { weight: 2, arbitrary: mutation }),
            fc.nat(),
          )
          .map(([base, body, m, at]) => {
            const mutated = mutate(body, m, at);
            return mutated === undefined
              ? { ...base, payload: '', contentType: 'application/json' }
              : { ...base, ...json(mutated) };
          }),
      });
    }
    families.push(
      {
        weight: 6,
        arbitrary: fc
          .record({
            base: plain('near-valid body'),
            mutations: fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 3 }),
            body: shaped,
          })
          .map(({ base, mutations, body }) => {
            const mutated = mutations.reduce((v, [m, at]) => mutate(v, m, at), body);
            return mutated === undefined
              ? { ...base, payload: '', contentType: 'application/json' }
              : { ...base, ...json(mutated) };
          }),
      },
      { weight: 1, arbitrary: plain('schema-shaped body') },
      {
        weight: 2,
        arbitrary: fc
          .tuple(plain('random junk body'), fc.oneof(nastyValue, fc.jsonValue(), fc.anything()))
          .map(([base, junk]) => ({ ...base, ...json(junk) })),
      },
    );
  }
  families.push(
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          plain('malformed JSON'),
          fc.nat(),
          fc.constantFrom('{', '}', '"', ',', ':', '\\', "'", '\u0000'),
        )
        .map(([base, pick, char]) => ({ ...base, payload: malformed(base.payload, pick, char) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(plain('wrong content type'), wrongContentType)
        .map(([base, contentType]) => ({ ...base, contentType })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(plain('bad query'), strangeKey, fc.oneof(nastyString, fc.string()), fc.boolean())
        .map(([base, key, value, isReplacing]) => {
          const query = querystring.parse(base.query);
          const target = isReplacing ? (Object.keys(query)[0] ?? key) : key;
          return { ...base, query: queryText({ ...query, [target]: value }) };
        }),
    },
  );
  if (route.paramNames.length > 0) {
    families.push({
      weight: 2,
      arbitrary: fc
        .tuple(plain('wrong path parameter'), fc.constantFrom(...route.paramNames))
        .chain(([base, name]) => {
          // Ids of records of another kind (a referral's id where a client's is expected): never
          // another record of the same kind, which the actor might rightly change.
          const otherKinds = Object.entries(recordIds)
            .filter(([other, id]) => other !== name && id !== recordIds[name])
            .map(([, id]) => id);
          return fc
            .oneof(
              fc.uuid({ version: 7 }).map(encode),
              fc.constantFrom(...otherKinds).map(encode),
              nastyString.map(encode),
              fc.constantFrom('ZZ', 'XX', 'ma', 'M', 'MAR', '12').map(encode),
              rawSegment,
            )
            .map((segment) => ({ ...base, segments: { ...base.segments, [name]: segment } }));
        }),
    });
  }
  return fc.oneof(...families);
}

export function urlOf(route: RouteUnderTest, c: FuzzCase): string {
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => c.segments[name] ?? '');
  return c.query ? `${path}?${c.query}` : path;
}
