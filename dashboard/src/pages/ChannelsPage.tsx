import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ChannelsView } from '../api/types';
import { Badge, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';

/** Channel settings: connect a Telegram bot, WhatsApp credentials and template, web chat origins. */
export function ChannelsPage() {
  const { t } = useTranslation();
  const channels = useLoad(() => api<ChannelsView>('/api/channels'), []);
  const [telegram, setTelegram] = useState({ botToken: '' });
  const [whatsapp, setWhatsapp] = useState({ phoneNumberId: '', accessToken: '', appSecret: '', templateName: '', templateLanguage: '' });
  const [origins, setOrigins] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function put(section: string, body: unknown) {
    setError(null);
    setSaved(null);
    try {
      await api('/api/channels', { method: 'PUT', body });
      setSaved(section);
      channels.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  async function disconnect(channel: 'telegram' | 'whatsapp') {
    if (!window.confirm(t('channels.confirmDisconnect'))) return;
    try {
      await api(`/api/channels/${channel}`, { method: 'DELETE' });
      channels.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  const view = channels.data;
  /** A field left blank is left out of the update, so the stored value stays. */
  const keptIfBlank = (value: string) => value.trim() || undefined;
  return (
    <section>
      <PageHeader title={t('nav.channels')} />
      <ErrorNote error={channels.error ?? error} />
      <Loading loading={channels.loading && !view} />
      {saved && (
        <p className="notice" role="status">
          {t('common.saved')}
        </p>
      )}
      {view && (
        <div className="columns">
          <form
            className="card"
            data-testid="telegram-form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void put('telegram', { telegram: { botToken: telegram.botToken.trim() } });
            }}
          >
            <h2>
              Telegram <Badge tone={view.telegram.configured ? 'ok' : undefined}>{view.telegram.configured ? t('channels.connected') : t('channels.notConnected')}</Badge>
            </h2>
            {view.telegram.botUsername && <p>@{view.telegram.botUsername}</p>}
            {view.telegram.delivery && <p className="muted">{t('channels.delivery', { mode: view.telegram.delivery })}</p>}
            <Field label={t('channels.botToken')}>
              <input type="password" autoComplete="off" required value={telegram.botToken} onChange={(e) => setTelegram({ botToken: e.target.value })} />
            </Field>
            <div className="actions">
              <button type="submit" className="primary">
                {t('channels.connect')}
              </button>
              {view.telegram.configured && (
                <button type="button" className="danger" onClick={() => disconnect('telegram')}>
                  {t('channels.disconnect')}
                </button>
              )}
            </div>
          </form>
          <form
            className="card"
            data-testid="whatsapp-form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void put('whatsapp', {
                whatsapp: {
                  phoneNumberId: keptIfBlank(whatsapp.phoneNumberId),
                  accessToken: keptIfBlank(whatsapp.accessToken),
                  appSecret: keptIfBlank(whatsapp.appSecret),
                  templateName: keptIfBlank(whatsapp.templateName),
                  templateLanguage: keptIfBlank(whatsapp.templateLanguage),
                },
              });
            }}
          >
            <h2>
              WhatsApp <Badge tone={view.whatsapp.configured ? 'ok' : undefined}>{view.whatsapp.configured ? t('channels.connected') : t('channels.notConnected')}</Badge>
            </h2>
            <Field label={t('channels.phoneNumberId')}>
              <input value={whatsapp.phoneNumberId} placeholder={view.whatsapp.phoneNumberId ?? ''} onChange={(e) => setWhatsapp({ ...whatsapp, phoneNumberId: e.target.value })} />
            </Field>
            <Field label={t('channels.accessToken')}>
              <input type="password" autoComplete="off" value={whatsapp.accessToken} onChange={(e) => setWhatsapp({ ...whatsapp, accessToken: e.target.value })} />
            </Field>
            <Field label={t('channels.appSecret')}>
              <input type="password" autoComplete="off" value={whatsapp.appSecret} onChange={(e) => setWhatsapp({ ...whatsapp, appSecret: e.target.value })} />
            </Field>
            <Field label={t('channels.templateName')}>
              <input value={whatsapp.templateName} placeholder={view.whatsapp.templateName ?? ''} onChange={(e) => setWhatsapp({ ...whatsapp, templateName: e.target.value })} />
            </Field>
            <Field label={t('channels.templateLanguage')}>
              <input value={whatsapp.templateLanguage} placeholder={view.whatsapp.templateLanguage ?? 'en_US'} onChange={(e) => setWhatsapp({ ...whatsapp, templateLanguage: e.target.value })} />
            </Field>
            <div className="actions">
              <button type="submit" className="primary">
                {t('common.save')}
              </button>
              {view.whatsapp.configured && (
                <button type="button" className="danger" onClick={() => disconnect('whatsapp')}>
                  {t('channels.disconnect')}
                </button>
              )}
            </div>
          </form>
          <form
            className="card"
            data-testid="webchat-form"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              const list = (origins ?? '').split(/[\s,]+/).filter(Boolean);
              void put('webchat', { webchat: { allowedOrigins: list } });
            }}
          >
            <h2>{t('channels.webchat')}</h2>
            <Field label={t('channels.origins')}>
              <textarea rows={3} value={origins ?? view.webchat.allowedOrigins.join('\n')} onChange={(e) => setOrigins(e.target.value)} />
            </Field>
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
