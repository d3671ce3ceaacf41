import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { DAYS, type Availability, type StaffMember, type WeeklyHours } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Badge, Empty, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';

/** Office hours for the first day of the week that has none yet (Monday when every day has some). */
export function nextHours(weekly: WeeklyHours[]): WeeklyHours {
  const day = DAYS.find((d) => !weekly.some((h) => h.day === d)) ?? 'MONDAY';
  return { day, start: '09:00', end: '18:00' };
}

export function AgentsPage() {
  const { t } = useTranslation();
  const { principal } = useAuth();
  const admin = principal?.role === 'tenant_admin';
  const agents = useLoad(() => api<Page<StaffMember>>('/api/agents'), []);
  const staff = (agents.data?.items ?? []).filter((a) => admin || a.id === principal?.userId);
  const [selected, setSelected] = useState<string | null>(admin ? null : (principal?.userId ?? null));
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [newUser, setNewUser] = useState({ email: '', displayName: '', role: 'agent', password: '' });

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await api('/api/users', { method: 'POST', body: newUser });
      setCreating(false);
      setNewUser({ email: '', displayName: '', role: 'agent', password: '' });
      agents.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section>
      <PageHeader title={t('nav.agents')}>
        {admin && (
          <button className="primary" onClick={() => setCreating(true)}>
            {t('agents.add')}
          </button>
        )}
      </PageHeader>
      <ErrorNote error={agents.error ?? error} />
      {creating && (
        <form className="card form-grid" onSubmit={create}>
          <Field label={t('agents.name')}>
            <input required value={newUser.displayName} onChange={(e) => setNewUser({ ...newUser, displayName: e.target.value })} />
          </Field>
          <Field label={t('login.email')}>
            <input type="email" required value={newUser.email} onChange={(e) => setNewUser({ ...newUser, email: e.target.value })} />
          </Field>
          <Field label={t('agents.role')}>
            <select value={newUser.role} onChange={(e) => setNewUser({ ...newUser, role: e.target.value })}>
              <option value="agent">{t('role.agent')}</option>
              <option value="tenant_admin">{t('role.tenant_admin')}</option>
            </select>
          </Field>
          <Field label={t('login.password')}>
            <input type="password" required minLength={10} value={newUser.password} onChange={(e) => setNewUser({ ...newUser, password: e.target.value })} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setCreating(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <Loading loading={agents.loading && !agents.data} />
      <Empty when={!!agents.data && staff.length === 0} />
      <div className="columns">
        <ul className="card list">
          {staff.map((a) => (
            <li key={a.id} data-agent-id={a.id}>
              <button className={`link ${selected === a.id ? 'selected' : ''}`} onClick={() => setSelected(a.id)}>
                {a.displayName}
              </button>{' '}
              <Badge>{t(`role.${a.role}`, { defaultValue: a.role })}</Badge> {!a.active && <Badge tone="warn">{t('agents.inactive')}</Badge>}{' '}
              {a.takesViewings && <Badge tone="ok">{t('agents.takesViewings')}</Badge>}
            </li>
          ))}
        </ul>
        {selected && <AvailabilityEditor agentId={selected} key={selected} />}
      </div>
    </section>
  );
}

function AvailabilityEditor({ agentId }: { agentId: string }) {
  const { t } = useTranslation();
  const availability = useLoad(() => api<Availability>(`/api/agents/${agentId}/availability`), [agentId]);
  const [draft, setDraft] = useState<Availability | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const current = draft ?? availability.data;

  function change(patch: Partial<Availability>) {
    if (current) setDraft({ ...current, ...patch });
    setSaved(false);
  }
  const setWeekly = (weekly: WeeklyHours[]) => change({ weekly });

  async function save() {
    if (!current) return;
    setError(null);
    try {
      setDraft(await api<Availability>(`/api/agents/${agentId}/availability`, { method: 'PUT', body: current }));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <div className="card" data-testid="availability">
      <h2>{t('agents.availability')}</h2>
      <ErrorNote error={availability.error ?? error} />
      {current && (
        <>
          <p className="muted">{t('agents.timeZone', { zone: current.timeZone })}</p>
          <table className="grid">
            <thead>
              <tr>
                <th>{t('agents.day')}</th>
                <th>{t('agents.from')}</th>
                <th>{t('agents.to')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {current.weekly.map((hours, index) => (
                <tr key={index}>
                  <td>
                    <select
                      aria-label={t('agents.day')}
                      value={hours.day}
                      onChange={(e) => setWeekly(current.weekly.map((h, i) => (i === index ? { ...h, day: e.target.value as WeeklyHours['day'] } : h)))}
                    >
                      {DAYS.map((d) => (
                        <option key={d} value={d}>
                          {t(`day.${d}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input type="time" aria-label={t('agents.from')} value={hours.start} onChange={(e) => setWeekly(current.weekly.map((h, i) => (i === index ? { ...h, start: e.target.value } : h)))} />
                  </td>
                  <td>
                    <input type="time" aria-label={t('agents.to')} value={hours.end} onChange={(e) => setWeekly(current.weekly.map((h, i) => (i === index ? { ...h, end: e.target.value } : h)))} />
                  </td>
                  <td>
                    <button className="link danger" onClick={() => setWeekly(current.weekly.filter((_, i) => i !== index))}>
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Field label={t('agents.dailyLimit')}>
            <input
              type="number"
              min={1}
              value={current.dailyLimit ?? ''}
              onChange={(e) => change({ dailyLimit: e.target.value === '' ? null : Number(e.target.value) })}
            />
          </Field>
          <div className="actions">
            <button onClick={() => setWeekly([...current.weekly, nextHours(current.weekly)])}>{t('agents.addHours')}</button>
            <button className="primary" onClick={save}>
              {t('common.save')}
            </button>
            {saved && <span role="status">{t('common.saved')}</span>}
          </div>
          {current.timeOff.length > 0 && (
            <>
              <h3>{t('agents.timeOff')}</h3>
              <ul>
                {current.timeOff.map((off, i) => (
                  <li key={i}>
                    {off.start} – {off.end} {off.note && `· ${off.note}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
