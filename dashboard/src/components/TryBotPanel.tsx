import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptMessage } from '../api/types';
import { Transcript } from './Transcript';

const SLUG_KEY = 'artin.webchat.slug';

/**
 * "Try your bot": a web chat session with the agency's own bot, through the same public web chat
 * endpoints a website visitor uses. Replies arrive as server-sent events.
 */
export function TryBotPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [slug, setSlug] = useState(() => localStorage.getItem(SLUG_KEY) ?? '');
  const [session, setSession] = useState<string | null>(null);
  const [messages, setMessages] = useState<TranscriptMessage[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const source = useRef<EventSource | null>(null);

  useEffect(() => () => source.current?.close(), []);

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const response = await fetch(`/webchat/${encodeURIComponent(slug)}/sessions`, { method: 'POST' }).catch(() => null);
    if (!response || !response.ok) {
      setError(t('bot.unknownAgency'));
      return;
    }
    localStorage.setItem(SLUG_KEY, slug);
    const { sessionId } = (await response.json()) as { sessionId: string };
    setSession(sessionId);
    setMessages([]);
    source.current?.close();
    const events = new EventSource(`/webchat/${encodeURIComponent(slug)}/sessions/${sessionId}/events`);
    events.addEventListener('message', (e) => {
      const message = JSON.parse((e as MessageEvent).data) as TranscriptMessage;
      if (message.direction === 'out') setMessages((list) => (list.some((m) => m.id && m.id === message.id) ? list : [...list, message]));
    });
    source.current = events;
  }

  async function send(body: { text?: string; callbackData?: string }, shown: string) {
    if (!session) return;
    setMessages((list) => [...list, { direction: 'in', text: shown, at: new Date().toISOString() }]);
    const response = await fetch(`/webchat/${encodeURIComponent(slug)}/sessions/${session}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => null);
    if (!response || !response.ok) setError(t('errors.generic'));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    void send({ text: text.trim() }, text.trim());
    setText('');
  }

  const last = messages.filter((m) => m.direction === 'out').at(-1);
  return (
    <aside className="try-bot card" aria-label={t('bot.title')} data-testid="try-bot">
      <header>
        <h2>{t('bot.title')}</h2>
        <button className="link" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </header>
      {!session ? (
        <form onSubmit={start} className="inline-form">
          <input required aria-label={t('bot.slug')} placeholder={t('bot.slug')} value={slug} onChange={(e) => setSlug(e.target.value.trim())} />
          <button type="submit" className="primary">
            {t('bot.start')}
          </button>
        </form>
      ) : (
        <>
          <Transcript
            messages={messages}
            attachmentHref={(message, index) => message.id
              ? `/webchat/${encodeURIComponent(slug)}/sessions/${session}/messages/${message.id}/attachments/${index}` : undefined}
          />
          {last?.buttons && last.buttons.length > 0 && (
            <div className="buttons">
              {last.buttons.map((b) => (
                <button key={b.callbackData} onClick={() => send({ callbackData: b.callbackData }, b.label)}>
                  {b.label}
                </button>
              ))}
            </div>
          )}
          <form onSubmit={submit} className="inline-form">
            <input aria-label={t('bot.message')} placeholder={t('bot.message')} value={text} onChange={(e) => setText(e.target.value)} dir="auto" />
            <button type="submit">{t('transcript.send')}</button>
          </form>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </aside>
  );
}
