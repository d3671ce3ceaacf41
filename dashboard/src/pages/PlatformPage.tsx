import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, type Page } from '../api/client';
import type { Mrr, PlatformCosts, Tenant } from '../api/types';
import { Badge, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';
import { formatMicroUsd, formatMoney, formatNumber } from '../format';
import { RTL_LANGUAGES } from '../i18n';

/** The platform owner's view: revenue (MRR, growth, churn), agencies and their plans, and LLM costs. */
export function PlatformPage() {
  const { t, i18n } = useTranslation();
  const mrr = useLoad(() => api<Mrr>('/api/analytics/mrr'), []);
  const tenants = useLoad(() => api<Page<Tenant>>('/api/tenants', { query: { limit: 200 } }), []);
  const costs = useLoad(() => api<PlatformCosts>('/api/analytics/costs'), []);
  const [registering, setRegistering] = useState(false);
  const [draft, setDraft] = useState({ slug: '', name: '', plan: 'starter', monthlyPrice: '199', currency: 'USD', timeZone: 'Asia/Dubai' });
  const [error, setError] = useState<unknown>(null);

  async function call(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      tenants.reload();
      mrr.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  function register(event: FormEvent) {
    event.preventDefault();
    void call(async () => {
      await api('/api/tenants', {
        method: 'POST',
        body: { slug: draft.slug, name: draft.name, plan: draft.plan, monthlyPriceMinor: Math.round(Number(draft.monthlyPrice) * 100), currency: draft.currency, timeZone: draft.timeZone },
      });
      setRegistering(false);
    });
  }

  function changePlan(tenant: Tenant) {
    const plan = window.prompt(t('platform.newPlan'), tenant.plan);
    if (!plan) return;
    const price = window.prompt(t('platform.newPrice', { currency: tenant.currency }), String(tenant.monthlyPriceMinor / 100));
    if (price === null || Number.isNaN(Number(price))) return;
    void call(() => api(`/api/tenants/${tenant.id}/plan`, { method: 'PUT', body: { plan, monthlyPriceMinor: Math.round(Number(price) * 100), currency: tenant.currency } }));
  }

  const rtl = RTL_LANGUAGES.has(i18n.language);
  const months = (mrr.data?.months ?? []).map((m) => ({
    month: m.month,
    mrr: (m.mrr.find((a) => a.currency === 'USD')?.amountMinor ?? m.mrr[0]?.amountMinor ?? 0) / 100,
    newTenants: m.newTenants,
    churnedTenants: m.churnedTenants,
  }));
  return (
    <section>
      <PageHeader title={t('nav.platform')}>
        <button className="primary" onClick={() => setRegistering(true)}>
          {t('platform.register')}
        </button>
      </PageHeader>
      <ErrorNote error={mrr.error ?? tenants.error ?? error} />
      <Loading loading={mrr.loading && !mrr.data} />
      {mrr.data && (
        <>
          <div className="kpis">
            <div className="kpi card">
              <span className="muted">{t('platform.mrr')}</span>
              <strong data-testid="mrr-total">{mrr.data.mrr.length ? mrr.data.mrr.map((a) => formatMoney(a.amountMinor, a.currency)).join(' + ') : formatMoney(0, 'USD')}</strong>
            </div>
            <div className="kpi card">
              <span className="muted">{t('platform.active')}</span>
              <strong data-testid="tenants-active">{formatNumber(mrr.data.activeTenants)}</strong>
            </div>
            <div className="kpi card">
              <span className="muted">{t('platform.suspended')}</span>
              <strong>{formatNumber(mrr.data.suspendedTenants)}</strong>
            </div>
          </div>
          <div className="card">
            <h2>{t('platform.growth')}</h2>
            <ResponsiveContainer width="100%" height={280}>
              <ComposedChart data={months}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" reversed={rtl} />
                <YAxis yAxisId="money" orientation={rtl ? 'right' : 'left'} />
                <YAxis yAxisId="count" orientation={rtl ? 'left' : 'right'} allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar yAxisId="count" dataKey="newTenants" name={t('platform.newTenants')} fill="#70ad47" isAnimationActive={false} />
                <Bar yAxisId="count" dataKey="churnedTenants" name={t('platform.churned')} fill="#c00000" isAnimationActive={false} />
                <Line yAxisId="money" dataKey="mrr" name={t('platform.mrr')} stroke="#1f4e79" isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
      {registering && (
        <form className="card form-grid" onSubmit={register}>
          <Field label={t('platform.slug')}>
            <input required pattern="[a-z0-9][a-z0-9-]{1,40}" value={draft.slug} onChange={(e) => setDraft({ ...draft, slug: e.target.value })} />
          </Field>
          <Field label={t('platform.name')}>
            <input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </Field>
          <Field label={t('platform.plan')}>
            <input required value={draft.plan} onChange={(e) => setDraft({ ...draft, plan: e.target.value })} />
          </Field>
          <Field label={t('platform.price')}>
            <input type="number" min={0} step="0.01" required value={draft.monthlyPrice} onChange={(e) => setDraft({ ...draft, monthlyPrice: e.target.value })} />
          </Field>
          <Field label={t('inventory.currency')}>
            <input required maxLength={3} value={draft.currency} onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })} />
          </Field>
          <Field label={t('platform.timeZone')}>
            <input required value={draft.timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setRegistering(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <div className="card">
        <h2>{t('platform.tenants')}</h2>
        <table className="grid" data-testid="tenants-table">
          <thead>
            <tr>
              <th>{t('platform.name')}</th>
              <th>{t('platform.slug')}</th>
              <th>{t('platform.plan')}</th>
              <th>{t('platform.price')}</th>
              <th>{t('leads.status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(tenants.data?.items ?? []).map((tenant) => (
              <tr key={tenant.id}>
                <td>{tenant.name}</td>
                <td>{tenant.slug}</td>
                <td>{tenant.plan}</td>
                <td>{formatMoney(tenant.monthlyPriceMinor, tenant.currency)}</td>
                <td>
                  <Badge tone={tenant.status === 'active' ? 'ok' : 'warn'}>{t(`tenantStatus.${tenant.status}`, { defaultValue: tenant.status })}</Badge>
                </td>
                <td className="row-actions">
                  <button className="link" onClick={() => changePlan(tenant)}>
                    {t('platform.changePlan')}
                  </button>
                  {tenant.status === 'active' ? (
                    <button className="link danger" onClick={() => window.confirm(t('platform.confirmSuspend', { name: tenant.name })) && call(() => api(`/api/tenants/${tenant.id}/suspend`, { method: 'POST', body: {} }))}>
                      {t('platform.suspend')}
                    </button>
                  ) : (
                    <button className="link" onClick={() => call(() => api(`/api/tenants/${tenant.id}/activate`, { method: 'POST' }))}>
                      {t('platform.activate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {costs.data && (
        <div className="card">
          <h2>{t('platform.costs')}</h2>
          <table className="grid">
            <thead>
              <tr>
                <th>{t('platform.name')}</th>
                <th>{t('platform.calls')}</th>
                <th>{t('platform.cost')}</th>
                <th>{t('platform.costPerLead')}</th>
              </tr>
            </thead>
            <tbody>
              {costs.data.tenants.map((c) => (
                <tr key={c.tenantId}>
                  <td>{c.name ?? c.slug ?? c.tenantId.slice(0, 8)}</td>
                  <td className="number">{formatNumber(c.calls)}</td>
                  <td className="number">{formatMicroUsd(c.costMicroUsd)}</td>
                  <td className="number">{formatMicroUsd(c.costPerQualifiedLeadMicroUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
