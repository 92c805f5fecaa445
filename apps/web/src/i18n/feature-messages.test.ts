import fs from 'node:fs';
import path from 'node:path';
import { permissions } from '@pathways/contracts';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createMessageLoader, featureNames, fetchFeatureMessages, type Messages } from './feature-messages';
import type { Language } from './languages';
import { shellMessages as arShell } from './shell-messages/ar';
import { shellMessages as enShell } from './shell-messages/en';
import { shellMessages as frShell } from './shell-messages/fr';

// Feature messages load with the routes that show them (router.tsx) or ship with the shell
// (shell-messages/). The loader is tested with a real i18next; the declarations are checked
// against the source: every feature key a route's modules use is loaded with the route.

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

const fakeFiles: Record<string, Record<string, Messages>> = {
  offers: { en: { title: 'Offers' }, fr: { title: 'Offres' } },
  referrals: { en: { title: 'Referrals' }, fr: { title: 'Orientations' } },
};

const setUp = async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: { common: { hello: 'Hello' } } } },
  });
  const fetched: string[] = [];
  const gates = new Map<string, ReturnType<typeof deferred<void>>>();
  /** Holds the next fetch of this file until released. */
  const hold = (file: string) => {
    const gate = deferred<void>();
    gates.set(file, gate);
    return gate;
  };
  const pass = async (file: string) => {
    fetched.push(file);
    const gate = gates.get(file);
    if (gate) {
      gates.delete(file);
      await gate.promise;
    }
  };
  const loader = createMessageLoader(i18n, {
    main: async (language: Language) => {
      await pass(language);
      return { common: { hello: language === 'fr' ? 'Bonjour' : 'Hello' } };
    },
    feature: async (language: Language, feature: string) => {
      await pass(`${language}:${feature}`);
      return fakeFiles[feature]?.[language] ?? {};
    },
    features: Object.keys(fakeFiles),
  });
  return { i18n, loader, fetched, hold };
};

describe('the feature message loader', () => {
  it("loads a feature's messages once, in the language on screen", async () => {
    const { i18n, loader, fetched } = await setUp();
    expect(i18n.t('offers.title')).toBe('offers.title');
    await Promise.all([loader.loadFeatures(['offers']), loader.loadFeatures(['offers'])]);
    expect(i18n.t('offers.title')).toBe('Offers');
    expect(i18n.t('common.hello')).toBe('Hello');
    expect(fetched).toEqual(['en:offers']);
  });

  it('switches language with every feature loaded so far, before i18next switches', async () => {
    const { i18n, loader, fetched } = await setUp();
    await loader.loadFeatures(['offers']);
    await loader.prepareLanguage('fr');
    expect(fetched).toEqual(['en:offers', 'fr', 'fr:offers']);
    await i18n.changeLanguage('fr');
    expect(i18n.t('offers.title')).toBe('Offres');
    expect(i18n.t('common.hello')).toBe('Bonjour');
  });

  it('also loads, for the language being switched to, a feature asked for during the switch', async () => {
    const { i18n, loader, hold } = await setUp();
    const main = hold('fr');
    const switching = loader.prepareLanguage('fr');
    await loader.loadFeatures(['referrals']);
    expect(i18n.t('referrals.title')).toBe('Referrals');
    main.resolve();
    await switching;
    await i18n.changeLanguage('fr');
    expect(i18n.t('referrals.title')).toBe('Orientations');
  });

  it('refuses an unknown feature, and fetches again after a failed fetch', async () => {
    const { i18n, loader, fetched, hold } = await setUp();
    await expect(loader.loadFeatures(['nope'])).rejects.toThrow('nope');
    const failing = hold('en:offers');
    const first = loader.loadFeatures(['offers']);
    failing.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    await loader.loadFeatures(['offers']);
    expect(i18n.t('offers.title')).toBe('Offers');
    expect(fetched).toEqual(['en:offers', 'en:offers']);
  });

  it('reads the real files: every feature, each language', async () => {
    expect(featureNames).toContain('offers');
    for (const language of ['en', 'fr', 'ar'] as const) {
      const offers = await fetchFeatureMessages(language, 'offers');
      expect(typeof offers.title).toBe('string');
    }
    await expect(fetchFeatureMessages('en', 'nope')).rejects.toThrow('nope');
  });
});

// --- What each route needs, read from the source ---------------------------------------------

const src = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(file, 'utf8');

type Tree = Record<string, unknown>;
const keyPaths = (tree: unknown, prefix = '', into = new Set<string>()): Set<string> => {
  if (tree && typeof tree === 'object') {
    for (const [key, child] of Object.entries(tree as Tree)) {
      const at = prefix ? `${prefix}.${key}` : key;
      into.add(at);
      keyPaths(child, at, into);
    }
  }
  return into;
};

const englishKeys = Object.fromEntries(
  featureNames.map((feature) => [
    feature,
    keyPaths(JSON.parse(read(path.join(src, 'locales/features', feature, 'en.json')))),
  ]),
);
const shellKeys = (shell: Messages) =>
  Object.fromEntries(Object.entries(shell).map(([feature, tree]) => [feature, Object.keys(tree as Tree)]));

const resolveModule = (from: string, specifier: string): string | undefined => {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, base, `${base}/index.ts`, `${base}/index.tsx`].find(
    (file) => /\.tsx?$/.test(file) && fs.existsSync(file),
  );
};

/** Modules a module loads at run time: static imports and re-exports, not `import type`. */
const staticImports = (file: string): string[] => {
  const text = read(file);
  const specifiers = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm)].map(
      (m) => m[1],
    ),
    ...[...text.matchAll(/^\s*import\s+'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]),
  ];
  return specifiers.flatMap((specifier) => resolveModule(file, specifier ?? '') ?? []);
};

const closure = (root: string): Set<string> => {
  const seen = new Set<string>();
  const queue = [root];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(file));
  }
  return seen;
};

type Reference = { feature: string; key: string; file: string };
const permissionNames = new Set<string>(permissions);
const featurePattern = new RegExp(`['"\`](${featureNames.join('|')})\\.([A-Za-z0-9_.]*)(\\$\\{)?`, 'g');

/** Feature keys a module names: literal keys and subtrees (`offers.category.${c}`); `key` '' = any. */
const references = (file: string): Reference[] => {
  const code = read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(featurePattern)].flatMap(([, feature = '', rawKey = '', template]) => {
    if (permissionNames.has(`${feature}.${rawKey}`)) return [];
    const key = rawKey.replace(/\.$/, '');
    if (key === '') return template ? [{ feature, key, file }] : [];
    // Words that merely look like keys ('offers.json') are not references.
    return englishKeys[feature]?.has(key) ? [{ feature, key, file }] : [];
  });
};

const shellOf = shellKeys(enShell);
const isShellKey = ({ feature, key }: Reference) =>
  (shellOf[feature] ?? []).includes(key.split('.')[0] ?? '');
const relative = (file: string) => path.relative(src, file);

/** The features a module tree needs beyond the shell's messages. */
const featuresNeeded = (root: string) => {
  const needed = [...closure(root)].flatMap(references).filter((reference) => !isShellKey(reference));
  return {
    features: [...new Set(needed.map((reference) => reference.feature))].sort(),
    where: needed.map((reference) => `${reference.feature}.${reference.key} in ${relative(reference.file)}`),
  };
};

const routerFile = path.join(src, 'app/router.tsx');
const routerText = read(routerFile);
const lazyPages = [
  ...routerText.matchAll(/lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'\w+',\s*\[([^\]]*)\]/g),
].map(([, specifier = '', list = '']) => ({
  module: resolveModule(routerFile, specifier) ?? specifier,
  declared: [...list.matchAll(/'(\w+)'/g)].map((m) => m[1]).sort(),
}));

describe('feature messages on each page', () => {
  it('the shell picks the same keys in every language, and they exist', () => {
    expect(Object.keys(shellOf).length).toBeGreaterThan(0);
    expect(keyPaths(frShell)).toEqual(keyPaths(enShell));
    expect(keyPaths(arShell)).toEqual(keyPaths(enShell));
    for (const [feature, keys] of Object.entries(shellOf)) {
      for (const key of keys) expect(englishKeys[feature]?.has(key), `${feature}.${key}`).toBe(true);
    }
  });

  it('the entry chunk renders no feature message beyond the shell', () => {
    expect(featuresNeeded(path.join(src, 'main.tsx')).where).toEqual([]);
  });

  it('every route loads through lazyPage, with its messages', () => {
    expect(lazyPages.length).toBeGreaterThan(10);
    expect(routerText.match(/import\(/g)?.length).toBe(lazyPages.length);
  });

  it('every route declares exactly the features its modules use beyond the shell', () => {
    const wrong = lazyPages.flatMap(({ module, declared }) => {
      const { features, where } = featuresNeeded(module);
      return features.join() === declared.join()
        ? []
        : [{ route: relative(module), declared, features, where }];
    });
    expect(wrong).toEqual([]);
  });

  it('the analysis sees keys through imports and ignores permissions (the checks above can fail)', () => {
    const caseload = featuresNeeded(path.join(src, 'app/routes/caseload-route.tsx'));
    expect(caseload.features).toEqual(['referrals']);
    expect(caseload.where.some((line) => line.includes('overdue-referrals-notice'))).toBe(true);
    const navLinks = path.join(src, 'app/layout/nav-links.tsx');
    expect(references(navLinks).filter((reference) => !isShellKey(reference))).toEqual([]);
    expect(references(navLinks).some((reference) => reference.key === 'nav.referrals')).toBe(true);
    expect(read(navLinks)).toContain("permission: 'referrals.read'");
  });
});
