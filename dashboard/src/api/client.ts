import { loadTokens, saveTokens, type Tokens } from './session';

/** An error answer of the platform (application/problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly body?: unknown,
  ) {
    super(detail || title);
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token once for everyone waiting; false when the session is over. */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const tokens = loadTokens();
      if (!tokens) return false;
      try {
        const response = await fetch('/api/auth/refresh', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refreshToken: tokens.refreshToken }),
        });
        if (!response.ok) {
          saveTokens(null);
          return false;
        }
        saveTokens((await response.json()) as Tokens);
        return true;
      } catch {
        return false;
      }
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

/** A request with the session's bearer token, refreshed once on 401. */
export async function authorizedFetch(path: string, init: RequestInit = {}, retry = true): Promise<Response> {
  const tokens = loadTokens();
  const headers = new Headers(init.headers);
  if (tokens) headers.set('Authorization', `Bearer ${tokens.accessToken}`);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 401 && retry && tokens && (await refreshSession())) {
    return authorizedFetch(path, init, false);
  }
  if (response.status === 401 && tokens) saveTokens(null);
  return response;
}

async function failure(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const problem = (body ?? {}) as { title?: string; detail?: string };
  return new ApiError(response.status, problem.title ?? response.statusText, problem.detail, body);
}

export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; query?: Query; contentType?: string } = {},
): Promise<T> {
  const init: RequestInit = { method: options.method ?? 'GET', headers: { Accept: 'application/json' } };
  if (options.body !== undefined) {
    if (options.body instanceof FormData || options.body instanceof Blob || typeof options.body === 'string') {
      init.body = options.body as BodyInit;
      if (options.contentType) (init.headers as Record<string, string>)['Content-Type'] = options.contentType;
    } else {
      init.body = JSON.stringify(options.body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
  }
  const response = await authorizedFetch(withQuery(path, options.query), init);
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** Every item of a paged list, following nextCursor page by page. */
export async function allPages<T>(path: string, query: Query = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api<Page<T>>(path, { query: { ...query, cursor } });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Downloads a file the API serves (Excel, PDF, calendar) with the session's token. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const response = await authorizedFetch(path, { headers: { Accept: '*/*' } });
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = named ? decodeURIComponent(named[1]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export async function login(email: string, password: string): Promise<void> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await failure(response);
  saveTokens((await response.json()) as Tokens);
}

export async function logout(): Promise<void> {
  const tokens = loadTokens();
  saveTokens(null);
  if (tokens) {
    await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    }).catch(() => undefined);
  }
}
