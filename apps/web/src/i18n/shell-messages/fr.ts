// The shell's feature messages in this language: see ./merge.ts. The three languages pick the same keys.
import { mergeShellMessages } from './merge';

export const shellMessages = mergeShellMessages({
  nav: import.meta.glob(
    '../../locales/features/{audit,events,indicators,offers,pathways,referrals}/fr.json',
    {
      eager: true,
      import: 'nav',
    },
  ),
  menu: import.meta.glob('../../locales/features/account/fr.json', { eager: true, import: 'menu' }),
  directory: import.meta.glob('../../locales/features/offers/fr.json', { eager: true, import: 'directory' }),
  loginLink: import.meta.glob('../../locales/features/pathways/fr.json', {
    eager: true,
    import: 'loginLink',
  }),
});
