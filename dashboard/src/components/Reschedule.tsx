import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Page } from '../api/client';
import type { Appointment, OpenSlot } from '../api/types';
import { ErrorNote, Field } from './ui';

/**
 * Moves a viewing to one of its agent's open slots. When the slot is taken meanwhile (409), the
 * service's fresh alternatives replace the list so the user picks again.
 */
export function Reschedule({ appointment, onMoved, onClose }: { appointment: Appointment; onMoved: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [slots, setSlots] = useState<OpenSlot[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [taken, setTaken] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api<Page<OpenSlot>>('/api/slots', { query: { agentId: appointment.agentId, limit: 30, lang: i18n.language } })
      .then((page) => {
        if (!live) return;
        setSlots(page.items);
        setChosen(page.items[0]?.start ?? '');
      })
      .catch((failure) => live && setError(failure));
    return () => {
      live = false;
    };
  }, [appointment.agentId, i18n.language]);

  async function move() {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/api/appointments/${appointment.id}/reschedule`, { method: 'POST', body: { start: chosen } });
      onMoved();
    } catch (failure) {
      const alternatives = failure instanceof ApiError && failure.status === 409
        ? (failure.body as { alternatives?: OpenSlot[] } | undefined)?.alternatives
        : undefined;
      if (alternatives) {
        setTaken(true);
        setSlots(alternatives);
        setChosen(alternatives[0]?.start ?? '');
      } else {
        setError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="reschedule" data-testid="reschedule">
      {taken && (
        <p className="error" role="alert" data-testid="reschedule-taken">
          {t('appointments.taken')}
        </p>
      )}
      <ErrorNote error={error} />
      {slots && slots.length === 0 && <p className="muted">{t('appointments.noSlots')}</p>}
      {slots && slots.length > 0 && (
        <Field label={t('appointments.newTime')}>
          <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {slots.map((slot) => (
              <option key={slot.start} value={slot.start}>
                {slot.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <div className="row-actions">
        <button className="primary" disabled={busy || !chosen} onClick={move}>
          {t('appointments.move')}
        </button>
        <button className="link" onClick={onClose}>
          {t('appointments.close')}
        </button>
      </div>
    </div>
  );
}
