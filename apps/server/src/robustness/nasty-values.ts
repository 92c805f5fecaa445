import fc from 'fast-check';

// Values that break careless code: the building blocks of mutations.ts and fuzz-cases.ts.

/** JSON text spliced in as it is: nesting too deep for JSON.stringify to write. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON.stringify, except that RawJson leaves are written verbatim. */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : toJsonText(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Text at the edges of Unicode and of what PostgreSQL, JSON and URLs accept. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'nul\u0000inside',
    '\ud800', // lone high surrogate
    'x\udc00y', // lone low surrogate
    '\ufeffbom',
    '\u202egnp.exe', // right-to-left override
    'zero\u200bwidth\u200djoiner',
    '\uffff\ufffe',
    'e\u0301\u0301\u0301', // stacked combining marks
    '👩‍👩‍👧‍👦🏳️‍🌈',
    'يوسف العمراني',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    '\t\n\r\u000b\u000c',
    "'; DROP TABLE clients; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '../../../../etc/passwd',
    '%00%2e%2e%2f',
    '$' + '{jndi:ldap://x}', // log4j-style lookup, split so it is not read as a template
    '{{7*7}}',
    '__proto__',
    'constructor',
    'NaN',
    'null',
    'true',
    '0',
    '-1',
    '1e309',
    '2026-02-30',
    '9999-12-31T23:59:60Z',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '00000000-0000-0000-0000-000000000000',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
);

/** Longer than any field allows; the largest exceed the 256 KiB body limit (413). */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(1_001, 5_001, 70_000, 300_000), fc.constantFrom('a', 'é', '😀', '\u0000', ' '))
  .map(([length, unit]) => unit.repeat(length));

export const boundaryNumber: fc.Arbitrary<number> = fc.constantFrom(
  -1,
  0,
  -0,
  0.5,
  1.5,
  -2_147_483_649,
  2_147_483_648, // one past PostgreSQL's integer
  2 ** 63, // past PostgreSQL's bigint
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  5e-324,
);

/** Arrays or objects nested far deeper than any form (stack overflows in recursive code). */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(64, 1_000, 20_000), fc.boolean())
  .map(([depth, isArray]) =>
    isArray
      ? new RawJson(`${'['.repeat(depth)}"bottom"${']'.repeat(depth)}`)
      : new RawJson(`${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`),
  );

export const wideArray: fc.Arbitrary<unknown[]> = fc
  .tuple(fc.constantFrom(1_000, 20_000), fc.constantFrom<unknown>(0, 'x', null, {}, []))
  .map(([length, item]) => Array.from({ length }, () => item));

/** Any JSON value of the wrong kind for almost any field. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: hugeString },
  { weight: 3, arbitrary: boundaryNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], [null], { '': '' }) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: wideArray },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Names of fields no contract has, some of them dangerous to naive merging code. */
export const strangeKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'countryCode', 'createdBy', 'isAdmin', 'role', 'constructor', 'prototype', '', ' '),
  fc.string({ minLength: 1, maxLength: 12 }),
);
