import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, download, type Page } from '../api/client';
import { OPEN_APPOINTMENT, type Appointment } from '../api/types';
import { Reschedule } from '../components/Reschedule';
import { Badge, ErrorNote, Loading, PageHeader, useLoad } from '../components/ui';
import { useLiveRefresh } from '../live/useLive';

/** Monday of the week {@code offset} weeks from this one, as an ISO date. */
export function weekStart(today: Date, offset: number): string {
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday + offset * 7);
  return day.toISOString().slice(0, 10);
}

/** The calendar day of an instant in a time zone, as an ISO date. */
export function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const week = weekStart(new Date(), offset);
  const appointments = useLoad(() => api<Page<Appointment>>('/api/appointments', { query: { week, lang: i18n.language } }), [week, i18n.language]);
  const [error, setError] = useState<unknown>(null);
  const [moving, setMoving] = useState<string | null>(null);
  useLiveRefresh((u) => u.type.startsWith('appointment.'), appointments.reload);

  async function act(appointment: Appointment, action: string) {
    setError(null);
    try {
      await api(`/api/appointments/${appointment.id}/${action}`, { method: 'POST', body: {} });
      appointments.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  const days = Array.from({ length: 7 }, (_, i) => addDays(week, i));
  const time = (a: Appointment, instant: string) =>
    new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: a.timeZone }).format(new Date(instant));
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const items = appointments.data?.items ?? [];
  return (
    <section>
      <PageHeader title={t('nav.appointments')}>
        <button onClick={() => setOffset(offset - 1)} aria-label={t('appointments.previous')}>
          ‹
        </button>
        <button onClick={() => setOffset(0)}>{t('appointments.thisWeek')}</button>
        <button onClick={() => setOffset(offset + 1)} aria-label={t('appointments.next')}>
          ›
        </button>
      </PageHeader>
      <ErrorNote error={appointments.error ?? error} />
      <Loading loading={appointments.loading && !appointments.data} />
      <div className="calendar" data-testid="calendar">
        {days.map((day) => (
          <div key={day} className="calendar-day">
            <h3>{dayName.format(new Date(`${day}T00:00:00Z`))}</h3>
            {items
              .filter((a) => dayIn(a.start, a.timeZone) === day)
              .sort((a, b) => a.start.localeCompare(b.start))
              .map((a) => (
                <article key={a.id} className={`appointment ${a.status.toLowerCase()}`} data-appointment-id={a.id}>
                  <strong>
                    {time(a, a.start)}–{time(a, a.end)}
                  </strong>
                  <div>{a.agentName ?? '—'}</div>
                  <div className="muted">{a.label}</div>
                  <Badge>{t(`appointmentStatus.${a.status}`, { defaultValue: a.status })}</Badge>
                  <Link to={`/leads/${a.leadId}`}>{t('appointments.lead')}</Link>
                  <div className="row-actions">
                    {(a.status === 'BOOKED' || a.status === 'RESCHEDULED') && (
                      <button className="link" onClick={() => act(a, 'confirm')}>
                        {t('appointments.confirm')}
                      </button>
                    )}
                    {OPEN_APPOINTMENT.includes(a.status) && (
                      <>
                        <button className="link" onClick={() => act(a, 'complete')}>
                          {t('appointments.complete')}
                        </button>
                        <button className="link" onClick={() => act(a, 'no-show')}>
                          {t('appointments.noShow')}
                        </button>
                        <button className="link" onClick={() => setMoving(moving === a.id ? null : a.id)}>
                          {t('appointments.reschedule')}
                        </button>
                        <button className="link danger" onClick={() => act(a, 'cancel')}>
                          {t('appointments.cancel')}
                        </button>
                      </>
                    )}
                    <button className="link" onClick={() => download(`/api/appointments/${a.id}.ics`, `viewing-${a.id}.ics`).catch(setError)}>
                      .ics
                    </button>
                  </div>
                  {moving === a.id && (
                    <Reschedule
                      appointment={a}
                      onClose={() => setMoving(null)}
                      onMoved={() => {
                        setMoving(null);
                        appointments.reload();
                      }}
                    />
                  )}
                </article>
              ))}
          </div>
        ))}
      </div>
    </section>
  );
}
