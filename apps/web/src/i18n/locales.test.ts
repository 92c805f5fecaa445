import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';

/**
 * Messages that may legitimately read the same in every language. Keep this list tiny:
 * - `app.name`: the product name "Pathways" is a brand and is not translated.
 * Messages made only of placeholders and punctuation (e.g. "{role} · {scope}") are also
 * allowed to match, because they hold no words to translate; that is checked, not listed.
 */
const ALLOWED_IDENTICAL = new Set(['app.name']);

type Messages = Map<string, string>;

const flatten = (value: unknown, prefix = '', into: Messages = new Map()): Messages => {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    // Arrays, numbers, null… are not messages: make the key fail loudly below.
    into.set(prefix, `__INVALID__${JSON.stringify(value)}`);
  }
  return into;
};

// A structural view of intl-messageformat's AST (TYPE enum: 0 literal, 1 argument, 2 number,
// 3 date, 4 time, 5 select, 6 plural, 7 pound, 8 tag).
type AstNode = {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};

type Analysis = { placeholders: Map<string, 'number' | 'text'>; literalText: string };

const analyse = (message: string, locale: string): Analysis => {
  const ast = new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];
  const placeholders = new Map<string, 'number' | 'text'>();
  let literalText = '';
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type === 0 && typeof node.value === 'string') literalText += node.value;
      if ([1, 2, 3, 4, 5, 6, 8].includes(node.type) && typeof node.value === 'string') {
        const isNumeric = node.type === 2 || node.type === 6;
        if (!placeholders.has(node.value) || isNumeric)
          placeholders.set(node.value, isNumeric ? 'number' : 'text');
      }
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(ast);
  return { placeholders, literalText };
};

const hasWords = (text: string): boolean => /\p{L}/u.test(text);

type Messages_ = Record<string, unknown>;
const featureFiles = import.meta.glob<Messages_>('../locales/features/*/*.json', {
  eager: true,
  import: 'default',
});
const featureNames = [...new Set(Object.keys(featureFiles).map((path) => path.split('/').at(-2) ?? ''))];
const featuresIn = (lang: string): Messages_ =>
  Object.fromEntries(
    featureNames.map((name) => [name, featureFiles[`../locales/features/${name}/${lang}.json`]]),
  );

// Feature files are merged as i18n.ts merges them, so every check below covers them too.
const locales = {
  en: { ...en, ...featuresIn('en') },
  fr: { ...fr, ...featuresIn('fr') },
  ar: { ...ar, ...featuresIn('ar') },
} as const;
const flat = Object.fromEntries(
  Object.entries(locales).map(([lang, data]) => [lang, flatten(data)]),
) as Record<keyof typeof locales, Messages>;
const english = flat.en;

describe('locale files', () => {
  for (const lang of ['fr', 'ar'] as const) {
    it(`${lang}.json has exactly the keys of en.json`, () => {
      const other = flat[lang];
      const missing = [...english.keys()].filter((key) => !other.has(key));
      const extra = [...other.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${lang}.json translates every message (no English left behind)`, () => {
      const untranslated = [...english.entries()]
        .filter(([key, value]) => flat[lang].get(key) === value)
        .filter(([key, value]) => !ALLOWED_IDENTICAL.has(key) && hasWords(analyse(value, 'en').literalText))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });

    it(`${lang}.json uses the same ICU placeholders as en.json`, () => {
      const mismatched = [...english.entries()].flatMap(([key, value]) => {
        const translated = flat[lang].get(key);
        if (translated === undefined) return [];
        const expected = [...analyse(value, 'en').placeholders.keys()].sort();
        const actual = [...analyse(translated, lang).placeholders.keys()].sort();
        return expected.join(',') === actual.join(',') ? [] : [{ key, expected, actual }];
      });
      expect(mismatched).toEqual([]);
    });
  }

  for (const lang of ['en', 'fr', 'ar'] as const) {
    it(`every ${lang} message is a non-empty string that parses and formats as ICU`, () => {
      const broken: { key: string; error: string }[] = [];
      for (const [key, message] of flat[lang]) {
        try {
          if (message.startsWith('__INVALID__') || message.trim() === '')
            throw new Error('not a non-empty string');
          const { placeholders } = analyse(message, lang);
          const values = Object.fromEntries(
            [...placeholders].map(([name, kind]) => [name, kind === 'number' ? 3 : 'x']),
          );
          const formatted = new IntlMessageFormat(message, lang).format(values);
          if (typeof formatted !== 'string' || formatted.length === 0) throw new Error('formats to nothing');
        } catch (error) {
          broken.push({ key, error: error instanceof Error ? error.message : String(error) });
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it('main locale files leave the feature prefixes to the feature files', () => {
    expect(featureNames).toContain('pathways');
    const clashes = [en, fr, ar].flatMap((file) => featureNames.filter((name) => name in file));
    expect(clashes).toEqual([]);
  });

  it('every feature has a file per language', () => {
    const missing = featureNames.flatMap((name) =>
      ['en', 'fr', 'ar']
        .filter((lang) => !featureFiles[`../locales/features/${name}/${lang}.json`])
        .map((lang) => `${name}/${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it('the analysis sees plural arguments and their words (the checks above can fail)', () => {
    const { placeholders, literalText } = analyse(
      '{count, plural, one {# user} other {# users}} for {name}',
      'en',
    );
    expect([...placeholders.keys()].sort()).toEqual(['count', 'name']);
    expect(literalText).toContain('users');
    expect(() => analyse('{count, plural, one {x}', 'en')).toThrow();
  });
});
