import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api/client';
import type { Funnel, LeaderboardEntry, TenantCosts, Timings } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { ErrorNote, Loading, PageHeader, useLoad } from '../components/ui';
import { formatDuration, formatMicroUsd, formatNumber, formatPercent } from '../format';
import { RTL_LANGUAGES } from '../i18n';
import { useLiveRefresh } from '../live/useLive';

const COLORS = ['#1f4e79', '#2e75b6', '#5b9bd5', '#9dc3e6', '#70ad47', '#ffc000', '#c00000', '#7030a0'];

function isoDay(daysAgo: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() - daysAgo);
  return date.toISOString().slice(0, 10);
}

export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const { principal } = useAuth();
  const admin = principal?.role === 'tenant_admin';
  const [days, setDays] = useState(30);
  const query = { from: isoDay(days - 1), to: isoDay(0) };
  const funnel = useLoad(() => api<Funnel>('/api/analytics/funnel', { query }), [days]);
  const timings = useLoad(() => api<Timings>('/api/analytics/timings', { query }), [days]);
  const leaderboard = useLoad(() => api<{ items: LeaderboardEntry[] }>('/api/analytics/leaderboard', { query }), [days]);
  const costs = useLoad(() => (admin ? api<TenantCosts>('/api/analytics/costs', { query }) : Promise.resolve(null)), [days, admin]);
  useLiveRefresh(
    (u) => u.type.startsWith('lead.') || u.type.startsWith('appointment.') || u.type.startsWith('conversation.'),
    () => {
      funnel.reload();
      leaderboard.reload();
      timings.reload();
    },
    1000,
  );

  const rtl = RTL_LANGUAGES.has(i18n.language);
  const stages = (funnel.data?.stages ?? []).map((s) => ({ name: t(`funnel.${s.stage}`), leads: s.leads, stage: s.stage }));
  return (
    <section>
      <PageHeader title={t('nav.analytics')}>
        <select aria-label={t('analytics.period')} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {[7, 30, 90, 365].map((d) => (
            <option key={d} value={d}>
              {t('analytics.lastDays', { count: d })}
            </option>
          ))}
        </select>
      </PageHeader>
      <ErrorNote error={funnel.error ?? timings.error ?? leaderboard.error} />
      <Loading loading={funnel.loading && !funnel.data} />
      {funnel.data && (
        <>
          <div className="kpis">
            <Kpi label={t('analytics.completionRate')} value={formatPercent(funnel.data.rates.conversationCompletionRate)} testId="kpi-completion" />
            <Kpi label={t('analytics.qualificationRate')} value={formatPercent(funnel.data.rates.leadQualificationRate)} testId="kpi-qualification" />
            <Kpi label={t('analytics.firstReply')} value={formatDuration(timings.data?.firstReply.avgMillis)} />
            <Kpi label={t('analytics.slotFilling')} value={formatDuration(timings.data?.slotFilling.avgMillis)} />
            <Kpi label={t('analytics.agentResponse')} value={formatDuration(timings.data?.agentResponse.avgMillis)} />
          </div>
          <div className="columns">
            <div className="card">
              <h2>{t('analytics.funnel')}</h2>
              <table className="grid compact" data-testid="funnel-table">
                <tbody>
                  {stages.map((s) => (
                    <tr key={s.stage} data-stage={s.stage}>
                      <th scope="row">{s.name}</th>
                      <td className="number" data-testid={`funnel-${s.stage}`}>
                        {formatNumber(s.leads)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={stages} layout="vertical" margin={{ left: 24, right: 24 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} reversed={rtl} />
                  <YAxis type="category" dataKey="name" width={130} orientation={rtl ? 'right' : 'left'} />
                  <Tooltip />
                  <Bar dataKey="leads" fill="#2e75b6" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <div className="card">
              <h2>{t('analytics.trends')}</h2>
              <ResponsiveContainer width="100%" height={280}>
                <LineChart data={funnel.data.daily}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" reversed={rtl} />
                  <YAxis allowDecimals={false} orientation={rtl ? 'right' : 'left'} />
                  <Tooltip />
                  <Legend />
                  <Line type="monotone" dataKey="started" name={t('funnel.started')} stroke="#1f4e79" isAnimationActive={false} />
                  <Line type="monotone" dataKey="qualified" name={t('funnel.qualified')} stroke="#70ad47" isAnimationActive={false} />
                  <Line type="monotone" dataKey="completed" name={t('funnel.completed')} stroke="#c00000" isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </div>
          <div className="columns">
            <div className="card">
              <h2>{t('analytics.dropOff')}</h2>
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={funnel.data.dropOff.map((d) => ({ ...d, name: t(`state.${d.state}`, { defaultValue: d.state }) }))}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" reversed={rtl} />
                  <YAxis allowDecimals={false} orientation={rtl ? 'right' : 'left'} />
                  <Tooltip />
                  <Bar dataKey="conversations" fill="#ffc000" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <div className="card">
              <h2>{t('analytics.languages')}</h2>
              <ResponsiveContainer width="100%" height={220}>
                <PieChart>
                  <Pie data={funnel.data.languages} dataKey="leads" nameKey="language" outerRadius={80} label isAnimationActive={false}>
                    {funnel.data.languages.map((l, i) => (
                      <Cell key={l.language} fill={COLORS[i % COLORS.length]} />
                    ))}
                  </Pie>
                  <Tooltip />
                  <Legend />
                </PieChart>
              </ResponsiveContainer>
            </div>
          </div>
        </>
      )}
      <div className="card">
        <h2>{t('analytics.leaderboard')}</h2>
        <table className="grid" data-testid="leaderboard">
          <thead>
            <tr>
              <th>{t('analytics.agent')}</th>
              <th>{t('analytics.leadsHandled')}</th>
              <th>{t('analytics.viewingsBooked')}</th>
              <th>{t('analytics.conversions')}</th>
              <th>{t('analytics.responseTime')}</th>
            </tr>
          </thead>
          <tbody>
            {(leaderboard.data?.items ?? []).map((e) => (
              <tr key={e.agentId}>
                <td>{e.displayName ?? e.agentId.slice(0, 8)}</td>
                <td className="number">{formatNumber(e.leadsHandled)}</td>
                <td className="number">{formatNumber(e.viewingsBooked)}</td>
                <td className="number">{formatNumber(e.conversions)}</td>
                <td className="number">{formatDuration(e.avgResponseMillis)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {costs.data && (
        <div className="card">
          <h2>{t('analytics.costs')}</h2>
          <p>
            {t('analytics.costSummary', {
              cost: formatMicroUsd(costs.data.costMicroUsd),
              calls: formatNumber(costs.data.calls),
              perLead: formatMicroUsd(costs.data.costPerQualifiedLeadMicroUsd),
            })}
          </p>
        </div>
      )}
    </section>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="kpi card">
      <span className="muted">{label}</span>
      <strong data-testid={testId}>{value}</strong>
    </div>
  );
}
