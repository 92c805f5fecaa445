import { Problem } from '@pathways/contracts';

export type FieldError = { field: string; message: string };

/** A failed API call, built from the server's RFC 9457 problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(
    status: number,
    code: string,
    message: string,
    detail?: string,
    fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

// The CSRF token lives in memory only: never in localStorage, sessionStorage or a readable cookie.
let csrfToken: string | null = null;

export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler = () => {};

/** Called on any 401 except from the sign-in steps (a wrong password or code is not a lost session). */
export const setUnauthorizedHandler = (handler: UnauthorizedHandler): void => {
  onUnauthorized = handler;
};

const LOGIN_PATH = '/api/auth/login';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type RequestOptions = { method?: Method; body?: unknown; signal?: AbortSignal };

const readProblem = async (response: Response): Promise<ApiError> => {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  const parsed = Problem.safeParse(payload);
  if (parsed.success) {
    const problem = parsed.data;
    return new ApiError(problem.status, problem.code, problem.title, problem.detail, problem.errors ?? []);
  }
  return new ApiError(response.status, 'http_error', response.statusText || `HTTP ${response.status}`);
};

export const requestJson = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'Network error');
  }

  if (!response.ok) {
    const error = await readProblem(response);
    if (response.status === 401 && !path.startsWith(LOGIN_PATH)) {
      csrfToken = null;
      onUnauthorized();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
};

export const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> =>
  requestJson<T>(path, { signal });

export const postJson = <T>(path: string, body?: unknown): Promise<T> =>
  requestJson<T>(path, { method: 'POST', body });
