import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, download } from '../api/client';
import { LEAD_STATUSES, type LeadDetail, type LeadStatus } from '../api/types';
import { Transcript } from '../components/Transcript';
import { Badge, ErrorNote, Loading, PageHeader, useLoad } from '../components/ui';
import { formatBudget, formatDateTime } from '../format';
import { useLiveRefresh } from '../live/useLive';
import { loadConversation, stateOf } from './conversation';

export function LeadDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lead = useLoad(() => api<LeadDetail>(`/api/leads/${id}`), [id]);
  const conversationId = lead.data?.conversation?.id ?? id;
  const chat = useLoad(() => loadConversation(conversationId), [conversationId]);
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useLiveRefresh((u) => u.leadId === id || u.conversationId === conversationId || u.type.startsWith('chat.'), () => {
    lead.reload();
    chat.reload();
  });

  const state = stateOf(chat.data?.conversation);
  const takenOver = state === 'HUMAN_TAKEOVER';

  async function act(path: string, body?: unknown) {
    setBusy(true);
    setActionError(null);
    try {
      await api(`/api/conversations/${conversationId}/${path}`, { method: 'POST', body });
      chat.reload();
      return true;
    } catch (error) {
      setActionError(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function sendReply(event: FormEvent) {
    event.preventDefault();
    if (reply.trim() && (await act('messages', { text: reply.trim() }))) setReply('');
  }

  async function addNote(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      await api(`/api/leads/${id}/notes`, { method: 'POST', body: { body: note.trim() } });
      setNote('');
      lead.reload();
    } catch (error) {
      setActionError(error);
    }
  }

  async function setStatus(status: LeadStatus) {
    try {
      await api(`/api/leads/${id}`, { method: 'PATCH', body: { status } });
      lead.reload();
    } catch (error) {
      setActionError(error);
    }
  }

  const l = lead.data;
  return (
    <section>
      <PageHeader title={l?.name || t('leads.anonymous')}>
        <Link to="/leads">← {t('nav.leads')}</Link>
        <button onClick={() => download(`/api/leads/${id}/report.pdf`, `lead-${id}.pdf`).catch(setActionError)}>{t('leads.pdf')}</button>
      </PageHeader>
      <ErrorNote error={lead.error ?? actionError} />
      <Loading loading={lead.loading && !l} />
      {l && (
        <div className="columns">
          <div className="card">
            <dl className="facts">
              <dt>{t('leads.status')}</dt>
              <dd>
                <select aria-label={t('leads.status')} value={l.status} onChange={(e) => setStatus(e.target.value as LeadStatus)}>
                  {LEAD_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              </dd>
              <dt>{t('leads.phone')}</dt>
              <dd dir="ltr">{l.phone ?? '—'}</dd>
              <dt>{t('leads.channel')}</dt>
              <dd>{l.channel ? t(`channel.${l.channel}`, { defaultValue: l.channel }) : '—'}</dd>
              <dt>{t('leads.language')}</dt>
              <dd>{l.language ?? '—'}</dd>
              <dt>{t('leads.goal')}</dt>
              <dd>{l.goal ? t(`goal.${l.goal}`, { defaultValue: l.goal }) : '—'}</dd>
              <dt>{t('leads.budget')}</dt>
              <dd>{formatBudget(l.budgetMin, l.budgetMax, l.currency)}</dd>
              <dt>{t('leads.propertyType')}</dt>
              <dd>{l.propertyType ?? '—'}</dd>
              <dt>{t('leads.transaction')}</dt>
              <dd>{l.transaction ?? '—'}</dd>
              <dt>{t('leads.agent')}</dt>
              <dd>{l.agentName ?? t('leads.unassigned')}</dd>
              <dt>{t('leads.score')}</dt>
              <dd>{l.score ?? '—'}</dd>
              <dt>{t('leads.created')}</dt>
              <dd>{formatDateTime(l.createdAt)}</dd>
            </dl>
            {l.voiceTranscript && (
              <>
                <h2>{t('transcript.voice')}</h2>
                <p dir="auto">{l.voiceTranscript}</p>
              </>
            )}
            <h2>{t('leads.history')}</h2>
            <ul className="history">
              {(l.history ?? []).map((h, i) => (
                <li key={i}>
                  {formatDateTime(h.at)}: {h.from ? t(`status.${h.from}`, { defaultValue: h.from }) : '∅'} → {t(`status.${h.to}`, { defaultValue: h.to })}
                </li>
              ))}
            </ul>
            <h2>{t('leads.notes')}</h2>
            <ul className="notes">
              {(l.notes ?? []).map((n) => (
                <li key={n.id} dir="auto">
                  {n.body} <span className="muted">· {formatDateTime(n.createdAt)}</span>
                </li>
              ))}
            </ul>
            <form onSubmit={addNote} className="inline-form">
              <input aria-label={t('leads.addNote')} placeholder={t('leads.addNote')} value={note} onChange={(e) => setNote(e.target.value)} />
              <button type="submit">{t('common.add')}</button>
            </form>
          </div>
          <div className="card conversation">
            <div className="conversation-head">
              <h2>{t('transcript.title')}</h2>
              {state && (
                <Badge tone={takenOver ? 'warn' : 'ok'}>
                  <span data-testid="conversation-state">{t(`state.${state}`, { defaultValue: state })}</span>
                </Badge>
              )}
              {takenOver ? (
                <button disabled={busy} onClick={() => act('handback')} data-testid="handback">
                  {t('transcript.handBack')}
                </button>
              ) : (
                <button disabled={busy || !chat.data} className="primary" onClick={() => act('takeover')} data-testid="takeover">
                  {t('transcript.takeOver')}
                </button>
              )}
            </div>
            <ErrorNote error={chat.error} />
            {chat.data && <Transcript messages={chat.data.messages} />}
            <form onSubmit={sendReply} className="inline-form">
              <input
                aria-label={t('transcript.reply')}
                placeholder={takenOver ? t('transcript.reply') : t('transcript.takeOverFirst')}
                disabled={!takenOver}
                value={reply}
                onChange={(e) => setReply(e.target.value)}
                data-testid="reply-input"
              />
              <button type="submit" disabled={!takenOver || busy || !reply.trim()} data-testid="reply-send">
                {t('transcript.send')}
              </button>
            </form>
          </div>
        </div>
      )}
    </section>
  );
}
