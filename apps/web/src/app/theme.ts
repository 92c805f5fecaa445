import {
  type CSSVariablesResolver,
  createTheme,
  type ExtendComponent,
  type MantineThemeOverride,
  type ModalFactory,
  type NotificationFactory,
  type PasswordInputFactory,
} from '@mantine/core';
import type { Language } from '../i18n/languages';

const latinFonts =
  'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const arabicFonts = '"Noto Naskh Arabic", "Noto Sans Arabic", system-ui, "Segoe UI", Tahoma, sans-serif';

/** Accessible names for Mantine's built-in icon buttons, in the current language. */
export type ThemeLabels = { close: string; togglePassword: string };

export const createAppTheme = (language: Language, labels: ThemeLabels): MantineThemeOverride =>
  createTheme({
    primaryColor: 'indigo',
    // Shade 8 keeps white text on filled buttons above the WCAG AA ratio (5.7:1).
    primaryShade: { light: 8, dark: 8 },
    fontFamily: language === 'ar' ? arabicFonts : latinFonts,
    headings: { fontFamily: language === 'ar' ? arabicFonts : latinFonts },
    defaultRadius: 'md',
    cursorType: 'pointer',
    focusRing: 'auto',
    // Plain objects checked against each component's `extend` type: `Modal.extend(…)` would do the
    // same (it returns its argument) but would pull Modal and PasswordInput into the entry chunk.
    components: {
      Modal: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      } satisfies ExtendComponent<ModalFactory>,
      Notification: {
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
        // Mantine's gray.6 description text falls below 4.5:1 on white.
        styles: { description: { color: 'var(--mantine-color-dimmed)' } },
      } satisfies ExtendComponent<NotificationFactory>,
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } },
      } satisfies ExtendComponent<PasswordInputFactory>,
    },
  });

// Mantine's default dimmed (gray.6) and error (red.6) text fall below 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
