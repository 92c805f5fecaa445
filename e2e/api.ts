import { baseUrl } from './browser.js';

/** A signed-in API session from the test process, for arranging data a test starts from. */
export async function apiSession(email: string, password = 'pathways-demo') {
  const res = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { call };
}

export async function centreIdOf(session: Awaited<ReturnType<typeof apiSession>>, code: string) {
  const { items } = await session.call<{ items: { centres: { id: string; code: string }[] }[] }>('GET', '/api/countries');
  const centre = items.flatMap((c) => c.centres).find((c) => c.code === code);
  if (!centre) throw new Error(`no centre ${code}`);
  return centre.id;
}
