import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, withQuery, type Page } from '../api/client';
import { CHANNELS, LEAD_STATUSES, type Lead, type LeadAgent, type LeadStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Badge, Empty, ErrorNote, Loading, PageHeader, useLoad } from '../components/ui';
import { formatBudget, formatDateTime } from '../format';
import { useLiveRefresh } from '../live/useLive';

interface Filters {
  status: string;
  agentId: string;
  channel: string;
  q: string;
}

export function LeadsPage() {
  const { t } = useTranslation();
  const { principal } = useAuth();
  const admin = principal?.role === 'tenant_admin';
  const [filters, setFilters] = useState<Filters>({ status: '', agentId: '', channel: '', q: '' });
  const [search, setSearch] = useState('');
  const [more, setMore] = useState<Lead[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const leads = useLoad(async () => {
    const page = await api<Page<Lead>>('/api/leads', { query: { ...filters } });
    setMore([]);
    setCursor(page.nextCursor);
    return page.items;
  }, [filters.status, filters.agentId, filters.channel, filters.q]);
  const agents = useLoad(() => (admin ? api<LeadAgent[]>('/api/lead-agents') : Promise.resolve([])), [admin]);
  const agentList = agents.data ?? [];

  useLiveRefresh((update) => update.type.startsWith('lead.') || update.type.startsWith('appointment.'), leads.reload);

  async function loadMore() {
    if (!cursor) return;
    const page = await api<Page<Lead>>('/api/leads', { query: { ...filters, cursor } });
    setMore((items) => [...items, ...page.items]);
    setCursor(page.nextCursor);
  }

  async function change(lead: Lead, patch: Partial<Pick<Lead, 'status' | 'agentId'>>) {
    setActionError(null);
    try {
      await api(`/api/leads/${lead.id}`, { method: 'PATCH', body: patch });
      leads.reload();
    } catch (error) {
      setActionError(error);
    }
  }

  async function exportExcel() {
    setActionError(null);
    try {
      const name = await download(withQuery('/api/leads/export.xlsx', { ...filters }), 'leads.xlsx');
      setNotice(t('leads.exported', { name }));
    } catch (error) {
      setActionError(error);
    }
  }

  const rows = [...(leads.data ?? []), ...more];
  return (
    <section>
      <PageHeader title={t('nav.leads')}>
        <button onClick={exportExcel} data-testid="export-leads">
          {t('leads.export')}
        </button>
      </PageHeader>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters((f) => ({ ...f, q: search.trim() }));
        }}
      >
        <input type="search" placeholder={t('leads.search')} aria-label={t('leads.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <select aria-label={t('leads.status')} value={filters.status} onChange={(e) => setFilters((f) => ({ ...f, status: e.target.value }))}>
          <option value="">{t('leads.allStatuses')}</option>
          {LEAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('leads.channel')} value={filters.channel} onChange={(e) => setFilters((f) => ({ ...f, channel: e.target.value }))}>
          <option value="">{t('leads.allChannels')}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
        {admin && (
          <select aria-label={t('leads.agent')} value={filters.agentId} onChange={(e) => setFilters((f) => ({ ...f, agentId: e.target.value }))}>
            <option value="">{t('leads.allAgents')}</option>
            {agentList.map((a) => (
              <option key={a.userId} value={a.userId}>
                {a.displayName}
              </option>
            ))}
          </select>
        )}
        <button type="submit">{t('common.search')}</button>
      </form>
      {notice && <p className="notice" role="status">{notice}</p>}
      <ErrorNote error={leads.error ?? actionError} />
      <Loading loading={leads.loading && !leads.data} />
      <Empty when={!!leads.data && rows.length === 0} />
      {rows.length > 0 && (
        <table className="grid" data-testid="leads-table">
          <thead>
            <tr>
              <th>{t('leads.name')}</th>
              <th>{t('leads.channel')}</th>
              <th>{t('leads.language')}</th>
              <th>{t('leads.budget')}</th>
              <th>{t('leads.score')}</th>
              <th>{t('leads.status')}</th>
              <th>{t('leads.agent')}</th>
              <th>{t('leads.created')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((lead) => (
              <tr key={lead.id} data-lead-id={lead.id} data-chat-id={lead.chatId ?? ''}>
                <td>
                  <Link to={`/leads/${lead.id}`}>{lead.name || lead.phone || t('leads.anonymous')}</Link>
                </td>
                <td>{lead.channel ? t(`channel.${lead.channel}`, { defaultValue: lead.channel }) : '—'}</td>
                <td>{lead.language ?? '—'}</td>
                <td>{formatBudget(lead.budgetMin, lead.budgetMax, lead.currency)}</td>
                <td>{lead.score ?? '—'}</td>
                <td>
                  <select aria-label={t('leads.status')} value={lead.status} onChange={(e) => change(lead, { status: e.target.value as LeadStatus })}>
                    {LEAD_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`status.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {admin ? (
                    <select aria-label={t('leads.assign')} value={lead.agentId ?? ''} onChange={(e) => e.target.value && change(lead, { agentId: e.target.value })}>
                      <option value="">{t('leads.unassigned')}</option>
                      {agentList
                        .filter((a) => a.active)
                        .map((a) => (
                        <option key={a.userId} value={a.userId}>
                          {a.displayName}
                        </option>
                      ))}
                    </select>
                  ) : (
                    lead.agentName ?? <Badge>{t('leads.unassigned')}</Badge>
                  )}
                </td>
                <td>{formatDateTime(lead.createdAt)}</td>
                <td>
                  <button className="link" onClick={() => download(`/api/leads/${lead.id}/report.pdf`, `lead-${lead.id}.pdf`).catch(setActionError)}>
                    {t('leads.pdf')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button onClick={loadMore} className="more">
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
