import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { DAYS, type Availability, type DatedHours, type StaffMember, type WeeklyHours } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Badge, Empty, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';

/** Office hours for the first day of the week that has none yet (Monday when every day has some). */
export function nextHours(weekly: WeeklyHours[]): WeeklyHours {
  const day = DAYS.find((d) => !weekly.some((h) => h.day === d)) ?? 'MONDAY';
  return { day, start: '09:00', end: '18:00' };
}

/** The ISO date a number of days after another. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Time off from the first to the last day, both whole: midnight to the midnight after the last day. */
export function daysOff(first: string, last: string, note: string): DatedHours {
  return { start: `${first}T00:00`, end: `${plusDays(last || first, 1)}T00:00`, note: note.trim() || null };
}

/** Extra hours on a date, from one local time to another. */
export function hoursOn(date: string, from: string, to: string, note: string): DatedHours {
  return { start: `${date}T${from}`, end: `${date}T${to}`, note: note.trim() || null };
}

/** A dated change as people read it: whole days as dates, anything else as date and time. */
export function datedLabel(hours: DatedHours): string {
  const whole = hours.start.endsWith('T00:00') && hours.end.endsWith('T00:00');
  if (whole) {
    const first = hours.start.slice(0, 10);
    const last = plusDays(hours.end.slice(0, 10), -1);
    return first === last ? first : `${first} – ${last}`;
  }
  const sameDay = hours.start.slice(0, 10) === hours.end.slice(0, 10);
  return `${hours.start.replace('T', ' ')} – ${sameDay ? hours.end.slice(11) : hours.end.replace('T', ' ')}`;
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
          <DatedChanges
            timeOff={current.timeOff}
            extraHours={current.extraHours}
            onChange={(patch) => change(patch)}
          />
        </>
      )}
    </div>
  );
}

type DatedKind = 'timeOff' | 'extraHours';

/**
 * Time off (whole days) and extra hours on a date: added to and removed from the draft, stored with
 * the rest of the availability by Save, where the service lists whatever it refuses.
 */
function DatedChanges({
  timeOff,
  extraHours,
  onChange,
}: {
  timeOff: DatedHours[];
  extraHours: DatedHours[];
  onChange: (patch: Partial<Pick<Availability, 'timeOff' | 'extraHours'>>) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DatedKind>('timeOff');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [from, setFrom] = useState('09:00');
  const [to, setTo] = useState('13:00');
  const [note, setNote] = useState('');

  function add(event: FormEvent) {
    event.preventDefault();
    if (kind === 'timeOff') onChange({ timeOff: [...timeOff, daysOff(first, last, note)] });
    else onChange({ extraHours: [...extraHours, hoursOn(first, from, to, note)] });
    setNote('');
  }

  const list = (which: DatedKind, items: DatedHours[]) =>
    items.length > 0 && (
      <>
        <h3>{t(`agents.${which}`)}</h3>
        <ul data-testid={`dated-${which}`}>
          {items.map((hours, i) => (
            <li key={`${hours.start}-${i}`} data-start={hours.start}>
              {datedLabel(hours)} {hours.note && <span className="muted">· {hours.note}</span>}{' '}
              <button
                className="link danger"
                onClick={() => onChange({ [which]: items.filter((_, j) => j !== i) })}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <div data-testid="dated-changes">
      {list('timeOff', timeOff)}
      {list('extraHours', extraHours)}
      <form className="form-grid" data-testid="dated-form" onSubmit={add}>
        <Field label={t('agents.kind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as DatedKind)}>
            <option value="timeOff">{t('agents.timeOff')}</option>
            <option value="extraHours">{t('agents.extraHours')}</option>
          </select>
        </Field>
        <Field label={kind === 'timeOff' ? t('agents.firstDay') : t('agents.date')}>
          <input type="date" required value={first} onChange={(e) => setFirst(e.target.value)} />
        </Field>
        {kind === 'timeOff' ? (
          <Field label={t('agents.lastDay')}>
            <input type="date" min={first} value={last} onChange={(e) => setLast(e.target.value)} />
          </Field>
        ) : (
          <>
            <Field label={t('agents.from')}>
              <input type="time" required value={from} onChange={(e) => setFrom(e.target.value)} />
            </Field>
            <Field label={t('agents.to')}>
              <input type="time" required value={to} onChange={(e) => setTo(e.target.value)} />
            </Field>
          </>
        )}
        <Field label={t('agents.note')}>
          <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <div className="actions">
          <button type="submit">{t('agents.addDated')}</button>
        </div>
      </form>
    </div>
  );
}
