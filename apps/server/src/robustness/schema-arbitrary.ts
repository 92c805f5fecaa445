import fc from 'fast-check';
import { z } from 'zod';

/** The subset of JSON Schema that z.toJSONSchema emits for the API's contracts. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/**
 * What a generated value may use besides the schema: real ids (so a near-valid body names
 * records that exist and reaches the checks behind them) and fixed values by property name.
 */
export type Hints = {
  /** Ids of existing records, mixed into every uuid field. */
  ids: readonly string[];
  /** Values to use for a property of this name (e.g. `country` → 'MA'). */
  byName: Readonly<Record<string, fc.Arbitrary<unknown>>>;
};

/**
 * A route's zod schema as JSON Schema; refinements are left to the oracle. The output side by
 * default: a `transform().pipe(…)` keeps its final constraints (a TOTP code's six digits) there.
 */
export function jsonSchemaOf(schema: unknown, io: 'input' | 'output' = 'output'): JsonSchema {
  return z.toJSONSchema(schema as z.ZodType, { io, unrepresentable: 'any' }) as JsonSchema;
}

/** True when the schema accepts anything (z.unknown()): values cannot be derived from it. */
export const acceptsAnything = (schema: JsonSchema) =>
  !schema.type && !schema.anyOf && !schema.oneOf && !schema.allOf && !schema.enum && !('const' in schema);

// Mostly past dates: many fields refuse the future (birth, sessions held).
const isoDate = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc.date({ min: new Date('1940-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
    },
    {
      weight: 1,
      arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
    },
  )
  .map((d) => d.toISOString().slice(0, 10));

// Addresses zod's (deliberately strict) email check accepts.
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.constantFrom('example.org', 'mail.example.ma'))
  .map(([local, domain]) => `${local}@${domain}`);

function stringOf(schema: JsonSchema, hints: Hints): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.constantFrom(...hints.ids), fc.uuid({ version: 7 }));
    case 'date':
      return isoDate;
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
    case 'email':
      return email;
    case 'uri':
      return fc.webUrl();
  }
  const minLength = schema.minLength ?? 0;
  // Short values keep cases fast; over-long ones come from the mutations.
  const maxLength = Math.min(schema.maxLength ?? 40, minLength + 40);
  if (schema.pattern) {
    try {
      // A date written as a pattern, not a format: real calendar dates, not just digit shapes.
      if (new RegExp(schema.pattern).test('1990-05-17')) return isoDate;
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Number.MAX_SAFE_INTEGER));
    } catch {
      // A pattern fast-check cannot generate from: plain strings, the oracle sorts them out.
    }
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function numberOf(schema: JsonSchema, isInteger: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1e6);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1e6);
  if (isInteger) {
    return fc.integer({
      min: Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER),
      max: Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER),
    });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectOf(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    model[name] = hints.byName[name] ?? arbitraryFor(property, hints);
  }
  const record = fc.record(model, { requiredKeys: schema.required ?? [] });
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') {
    const keys = schema.propertyNames ? stringOf(schema.propertyNames, hints) : fc.string({ maxLength: 12 });
    const dictionary = fc.dictionary(keys, arbitraryFor(extra, hints), { maxKeys: 4 });
    return fc.tuple(dictionary, record).map(([d, r]) => ({ ...d, ...r }));
  }
  return record;
}

/**
 * Values shaped by the schema: mostly valid, sometimes not (refinements, cross-field rules and
 * patterns fast-check cannot honour); the test's oracle decides which of them are bad inputs.
 */
export function arbitraryFor(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryFor(s, hints)));
  if (schema.allOf?.length) return arbitraryFor(Object.assign({}, ...schema.allOf), hints);
  const types = [schema.type ?? []].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryFor({ ...schema, type }, hints)));
  switch (types[0]) {
    case 'string':
      return stringOf(schema, hints);
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
      if (schema.prefixItems) return fc.tuple(...schema.prefixItems.map((s) => arbitraryFor(s, hints)));
      return fc.array(arbitraryFor(schema.items ?? {}, hints), { minLength, maxLength });
    }
    case 'object':
      return objectOf(schema, hints);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
