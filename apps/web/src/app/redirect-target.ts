/**
 * Where to go after login. Only same-origin paths are accepted (no `//host`, no scheme), so the
 * login page cannot be used as an open redirect. The path itself never carries personal data.
 */
export const safeRedirectTarget = (value: unknown): string => {
  if (typeof value !== 'string') return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login')) return '/';
  return value;
};
