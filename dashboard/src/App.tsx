import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, NavLink, Route, Routes } from 'react-router-dom';
import type { Role } from './api/session';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { LanguageSwitch } from './components/LanguageSwitch';
import { TryBotPanel } from './components/TryBotPanel';
import { AgentsPage } from './pages/AgentsPage';
import { AnalyticsPage } from './pages/AnalyticsPage';
import { AppointmentsPage } from './pages/AppointmentsPage';
import { ChannelsPage } from './pages/ChannelsPage';
import { ConversationsPage } from './pages/ConversationsPage';
import { InventoryPage } from './pages/InventoryPage';
import { KnowledgeBasePage } from './pages/KnowledgeBasePage';
import { LeadDetailPage } from './pages/LeadDetailPage';
import { LeadsPage } from './pages/LeadsPage';
import { LoginPage } from './pages/LoginPage';
import { PlatformPage } from './pages/PlatformPage';

interface Section {
  path: string;
  key: string;
  roles: Role[];
  element: ReactElement;
}

const STAFF: Role[] = ['tenant_admin', 'agent'];
const ADMIN: Role[] = ['tenant_admin'];

/** Every page, and who sees it. The services enforce the same rules on every call. */
export const SECTIONS: Section[] = [
  { path: '/leads', key: 'leads', roles: STAFF, element: <LeadsPage /> },
  { path: '/conversations', key: 'conversations', roles: STAFF, element: <ConversationsPage /> },
  { path: '/appointments', key: 'appointments', roles: STAFF, element: <AppointmentsPage /> },
  { path: '/inventory', key: 'inventory', roles: STAFF, element: <InventoryPage /> },
  { path: '/agents', key: 'agents', roles: STAFF, element: <AgentsPage /> },
  { path: '/knowledge-base', key: 'knowledgeBase', roles: STAFF, element: <KnowledgeBasePage /> },
  { path: '/channels', key: 'channels', roles: ADMIN, element: <ChannelsPage /> },
  { path: '/analytics', key: 'analytics', roles: STAFF, element: <AnalyticsPage /> },
  { path: '/platform', key: 'platform', roles: ['super_admin'], element: <PlatformPage /> },
];

function Shell() {
  const { t } = useTranslation();
  const { principal, signOut } = useAuth();
  const [botOpen, setBotOpen] = useState(false);
  if (!principal) return <LoginPage />;
  const mine = SECTIONS.filter((s) => s.roles.includes(principal.role));
  const staff = principal.role !== 'super_admin';
  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">ArtinSmartRealty</div>
        <ul>
          {mine.map((s) => (
            <li key={s.path}>
              <NavLink to={s.path}>{t(`nav.${s.key}`)}</NavLink>
            </li>
          ))}
        </ul>
        <div className="sidebar-foot">
          <span className="muted" data-testid="signed-in-role">
            {t(`role.${principal.role}`)}
          </span>
          <LanguageSwitch />
          {staff && (
            <button onClick={() => setBotOpen((open) => !open)} data-testid="open-try-bot">
              {t('bot.title')}
            </button>
          )}
          <button onClick={() => void signOut()}>{t('nav.signOut')}</button>
        </div>
      </nav>
      <main className="content">
        <Routes>
          {mine.map((s) => (
            <Route key={s.path} path={s.path} element={s.element} />
          ))}
          {staff && <Route path="/leads/:id" element={<LeadDetailPage />} />}
          <Route path="*" element={<Navigate to={mine[0]?.path ?? '/'} replace />} />
        </Routes>
      </main>
      {botOpen && <TryBotPanel onClose={() => setBotOpen(false)} />}
    </div>
  );
}

export function App() {
  return (
    <AuthProvider>
      <HashRouter>
        <Shell />
      </HashRouter>
    </AuthProvider>
  );
}
