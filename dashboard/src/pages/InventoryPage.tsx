import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages, api } from '../api/client';
import { PROPERTY_TYPES, type ImportReport, type Property } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { ListingPhotos } from '../components/ListingPhotos';
import { Empty, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';
import { formatNumber } from '../format';

const EMPTY: Property = { reference: '', type: 'apartment', transaction: 'buy', price: 0, currency: 'AED', community: '', titles: { en: '' }, bedrooms: null, active: true };

export function InventoryPage() {
  const { t, i18n } = useTranslation();
  const { principal } = useAuth();
  const admin = principal?.role === 'tenant_admin';
  const listings = useLoad(() => allPages<Property>('/api/properties', { limit: 200 }), []);
  const [editing, setEditing] = useState<Property | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [showing, setShowing] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    setError(null);
    try {
      const body = { ...editing, titles: Object.fromEntries(Object.entries(editing.titles).filter(([, v]) => v.trim())) };
      if (editing.id) await api(`/api/properties/${editing.id}`, { method: 'PUT', body });
      else await api('/api/properties', { method: 'POST', body });
      setEditing(null);
      listings.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  async function remove(listing: Property) {
    if (!listing.id || !window.confirm(t('inventory.confirmDelete', { reference: listing.reference }))) return;
    try {
      await api(`/api/properties/${listing.id}`, { method: 'DELETE' });
      listings.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  async function importCsv(file: File) {
    setError(null);
    setReport(null);
    try {
      setReport(await api<ImportReport>('/api/properties/import', { method: 'POST', body: await file.text(), contentType: 'text/csv' }));
      listings.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  const set = (patch: Partial<Property>) => setEditing((e) => (e ? { ...e, ...patch } : e));
  const items = listings.data ?? [];
  return (
    <section>
      <PageHeader title={t('nav.inventory')}>
        {admin && (
          <>
            <button className="primary" onClick={() => setEditing({ ...EMPTY })}>
              {t('inventory.add')}
            </button>
            <label className="button">
              {t('inventory.import')}
              <input
                type="file"
                accept=".csv,text/csv"
                hidden
                data-testid="csv-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void importCsv(file);
                }}
              />
            </label>
          </>
        )}
      </PageHeader>
      <ErrorNote error={listings.error ?? error} />
      {report && (
        <div className="card" role="status" data-testid="import-report">
          <p>{t('inventory.report', { rows: report.rows, created: report.created, updated: report.updated, rejected: report.rejected.length })}</p>
          {report.rejected.length > 0 && (
            <table className="grid">
              <thead>
                <tr>
                  <th>{t('inventory.line')}</th>
                  <th>{t('inventory.reference')}</th>
                  <th>{t('inventory.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.reference ?? '—'}</td>
                    <td>{r.problems.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {editing && (
        <form className="card form-grid" onSubmit={save} data-testid="listing-form">
          <Field label={t('inventory.reference')}>
            <input required value={editing.reference} onChange={(e) => set({ reference: e.target.value })} />
          </Field>
          <Field label={t('inventory.title')}>
            <input required value={editing.titles.en ?? ''} onChange={(e) => set({ titles: { ...editing.titles, en: e.target.value } })} />
          </Field>
          <Field label={t('leads.propertyType')}>
            <select value={editing.type} onChange={(e) => set({ type: e.target.value })}>
              {PROPERTY_TYPES.map((p) => (
                <option key={p} value={p}>
                  {t(`propertyType.${p}`, { defaultValue: p })}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('leads.transaction')}>
            <select value={editing.transaction} onChange={(e) => set({ transaction: e.target.value })}>
              <option value="buy">{t('transaction.buy')}</option>
              <option value="rent">{t('transaction.rent')}</option>
            </select>
          </Field>
          <Field label={t('inventory.price')}>
            <input type="number" min={1} required value={editing.price} onChange={(e) => set({ price: Number(e.target.value) })} />
          </Field>
          <Field label={t('inventory.currency')}>
            <input required maxLength={3} value={editing.currency} onChange={(e) => set({ currency: e.target.value.toUpperCase() })} />
          </Field>
          <Field label={t('inventory.community')}>
            <input required value={editing.community} onChange={(e) => set({ community: e.target.value })} />
          </Field>
          <Field label={t('inventory.bedrooms')}>
            <input type="number" min={0} value={editing.bedrooms ?? ''} onChange={(e) => set({ bedrooms: e.target.value === '' ? null : Number(e.target.value) })} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setEditing(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {showing && items.some((p) => p.id === showing) && (
        <ListingPhotos listing={items.find((p) => p.id === showing)!} admin={admin} onChange={listings.reload} />
      )}
      <Loading loading={listings.loading && !listings.data} />
      <Empty when={!!listings.data && items.length === 0} />
      {items.length > 0 && (
        <table className="grid" data-testid="inventory-table">
          <thead>
            <tr>
              <th>{t('inventory.reference')}</th>
              <th>{t('inventory.title')}</th>
              <th>{t('leads.propertyType')}</th>
              <th>{t('leads.transaction')}</th>
              <th>{t('inventory.price')}</th>
              <th>{t('inventory.community')}</th>
              <th>{t('inventory.bedrooms')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id} data-reference={p.reference}>
                <td>{p.reference}</td>
                <td dir="auto">{p.titles?.[i18n.language] ?? p.titles?.en ?? Object.values(p.titles ?? {})[0] ?? '—'}</td>
                <td>{t(`propertyType.${p.type}`, { defaultValue: p.type })}</td>
                <td>{t(`transaction.${p.transaction}`, { defaultValue: p.transaction })}</td>
                <td>
                  {formatNumber(p.price)} {p.currency}
                </td>
                <td>{p.community}</td>
                <td>{p.bedrooms ?? '—'}</td>
                <td className="row-actions">
                  <button className="link" onClick={() => setShowing(showing === p.id ? null : (p.id ?? null))}>
                    {t('inventory.photosButton', { count: p.photos?.length ?? 0 })}
                  </button>
                  {admin && (
                    <>
                      <button className="link" onClick={() => setEditing({ ...EMPTY, ...p, titles: { ...p.titles } })}>
                        {t('common.edit')}
                      </button>
                      <button className="link danger" onClick={() => remove(p)}>
                        {t('common.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
