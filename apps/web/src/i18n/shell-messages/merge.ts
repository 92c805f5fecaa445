import { featureOf, type Messages } from '../feature-messages';

/**
 * The feature messages the shell renders on every page, whatever the route: navigation labels
 * (app-layout), the account menu, the login page's links. They are top-level keys of the feature
 * files, imported by name so the bundle holds only them; each language's file lists the same.
 * feature-messages.test.ts checks that the entry and the layout need no other feature message.
 */
export const mergeShellMessages = (picks: Record<string, Record<string, unknown>>): Messages => {
  const merged: Record<string, Messages> = {};
  for (const [key, byFile] of Object.entries(picks)) {
    for (const [path, value] of Object.entries(byFile)) {
      const feature = featureOf(path);
      merged[feature] = { ...merged[feature], [key]: value };
    }
  }
  return merged;
};
