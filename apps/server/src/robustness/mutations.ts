import fc from 'fast-check';
import { isObject } from './bad-input-oracle.js';
import { nastyValue, RawJson, strangeKey, toJsonText } from './nasty-values.js';

// Mutations of a JSON value: what turns a valid body into a near miss.

type Path = Array<string | number>;

function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value instanceof RawJson) return out;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) pathsOf(v, [...at, i], out);
  } else if (isObject(value)) for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

export type Mutation =
  | { op: 'poison-text'; char: string; position: number }
  | { op: 'remove' }
  | { op: 'replace'; value: unknown }
  | { op: 'add-field'; key: string; value: unknown }
  | { op: 'near-miss'; pick: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ op: 'remove' as const }) },
  { weight: 5, arbitrary: nastyValue.map((value) => ({ op: 'replace' as const, value })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(strangeKey, nastyValue)
      .map(([key, value]) => ({ op: 'add-field' as const, key, value })),
  },
  { weight: 3, arbitrary: fc.nat().map((pick) => ({ op: 'near-miss' as const, pick })) },
);

/** Characters slipped into an otherwise valid text: what storage and encoding get wrong. */
export const poisonText: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(
      '\u0000',
      '\ud800',
      '\udfff',
      '\u202e',
      '\u200b',
      '\ufeff',
      '\uffff',
      '😀',
      'e\u0301',
      '\\',
      '%',
      "'",
    ),
    fc.nat(),
  )
  .map(([char, position]) => ({ op: 'poison-text' as const, char, position }));

const OVERSIZE = 50_000;

/** A value of almost the right kind: the mistakes a real client makes. */
function nearMiss(value: unknown, pick: number): unknown {
  const options: unknown[] =
    typeof value === 'string'
      ? [
          value.toUpperCase(),
          ` ${value} `,
          value.slice(0, -1),
          `${value}x`,
          '',
          // Sixty times as long, but bounded: mutations stack on one value, and 60 × 60 × 60 …
          // once overflowed JavaScript's string length (a RangeError in the test, not the server).
          value.length > OVERSIZE ? value : value.repeat(60).slice(0, OVERSIZE * 2),
          Number(value),
        ]
      : typeof value === 'number'
        ? [String(value), value + 0.5, -value - 1, value * 1e9, [value]]
        : typeof value === 'boolean'
          ? [String(value), value ? 1 : 0, [value]]
          : value === null || value === undefined
            ? ['null', 0, '', {}]
            : Array.isArray(value)
              ? [[], [...value, ...value, ...value], value[0], { ...value }, toJsonText(value)]
              : [[value], toJsonText(value), {}, Object.keys(value as object)];
  return options[pick % options.length];
}

export function mutate(value: unknown, m: Mutation, at: number): unknown {
  let paths = pathsOf(value);
  if (m.op === 'poison-text') {
    const texts = paths.filter((p) => typeof valueAt(value, p) === 'string');
    if (texts.length > 0) paths = texts;
  }
  const path = paths[at % paths.length] as Path;
  const change = (node: unknown): unknown => {
    switch (m.op) {
      case 'poison-text': {
        const text = typeof node === 'string' ? node : '';
        const i = m.position % (text.length + 1);
        return `${text.slice(0, i)}${m.char}${text.slice(i)}`;
      }
      case 'remove':
        return REMOVE;
      case 'replace':
        return m.value;
      case 'near-miss':
        return nearMiss(node, m.pick);
      case 'add-field':
        return isObject(node) ? { ...node, [m.key]: m.value } : { [m.key]: m.value };
    }
  };
  const changed = updateAt(value, path, change);
  return changed === REMOVE ? undefined : changed;
}

const REMOVE = Symbol('remove');

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);

/** A copy of `value` with the node at `path` changed (or removed when `change` says REMOVE). */
function updateAt(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = updateAt(copy[head as number], rest, change);
    if (next === REMOVE) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const next = updateAt(copy[head as string], rest, change);
  if (next === REMOVE) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}
