import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { login as apiLogin, logout as apiLogout } from '../api/client';
import { loadTokens, onSessionChange, principalOf, type Principal } from '../api/session';

interface Auth {
  principal: Principal | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

function currentPrincipal(): Principal | null {
  const tokens = loadTokens();
  return tokens ? principalOf(tokens.accessToken) : null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [principal, setPrincipal] = useState<Principal | null>(currentPrincipal);
  useEffect(() => onSessionChange(() => setPrincipal(currentPrincipal())), []);
  const value: Auth = {
    principal,
    signIn: (email, password) => apiLogin(email, password),
    signOut: () => apiLogout(),
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
