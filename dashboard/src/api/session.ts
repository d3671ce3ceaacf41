/**
 * The signed-in session: the access token lives in memory and, so that a reload keeps the user
 * signed in, in this tab's sessionStorage (never localStorage: it ends with the tab).
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export type Role = 'super_admin' | 'tenant_admin' | 'agent';

export interface Principal {
  userId: string;
  tenantId: string | null;
  role: Role;
  email?: string;
}

const KEY = 'artin.session';

let current: Tokens | null = null;
const listeners = new Set<() => void>();

export function loadTokens(): Tokens | null {
  if (current) return current;
  try {
    const stored = sessionStorage.getItem(KEY);
    current = stored ? (JSON.parse(stored) as Tokens) : null;
  } catch {
    current = null;
  }
  return current;
}

export function saveTokens(tokens: Tokens | null): void {
  current = tokens;
  if (tokens) sessionStorage.setItem(KEY, JSON.stringify(tokens));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the claims of a platform token (the server verifies it; the app only needs role and tenant). */
export function principalOf(accessToken: string): Principal | null {
  const parts = accessToken.split('.');
  if (parts.length !== 3) return null;
  try {
    const json = decodeBase64Url(parts[1]);
    const claims = JSON.parse(json) as { sub?: string; role?: string; tenant_id?: string; email?: string };
    if (!claims.sub || !isRole(claims.role)) return null;
    return { userId: claims.sub, tenantId: claims.tenant_id ?? null, role: claims.role, email: claims.email };
  } catch {
    return null;
  }
}

function isRole(role: unknown): role is Role {
  return role === 'super_admin' || role === 'tenant_admin' || role === 'agent';
}

function decodeBase64Url(value: string): string {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
