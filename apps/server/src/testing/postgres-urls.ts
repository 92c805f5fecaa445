/** The same server, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Where to run CREATE/DROP DATABASE: the server's maintenance database. */
export const adminUrlOf = (url: string) => databaseUrlFor(url, 'postgres');
