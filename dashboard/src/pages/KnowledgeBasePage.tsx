import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages, api } from '../api/client';
import { LANGUAGES, type KnowledgeEntry } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { Empty, ErrorNote, Field, Loading, PageHeader, useLoad } from '../components/ui';

interface Draft {
  id?: string;
  topic: string;
  texts: Record<string, { question: string; answer: string }>;
}

function draftOf(entry?: KnowledgeEntry): Draft {
  const texts: Draft['texts'] = {};
  LANGUAGES.forEach((l) => (texts[l] = { question: '', answer: '' }));
  entry?.translations.forEach((t) => (texts[t.language] = { question: t.question, answer: t.answer }));
  return { id: entry?.id, topic: entry?.topic ?? '', texts };
}

export function KnowledgeBasePage() {
  const { t, i18n } = useTranslation();
  const { principal } = useAuth();
  const admin = principal?.role === 'tenant_admin';
  const entries = useLoad(() => allPages<KnowledgeEntry>('/api/knowledge-base', { limit: 200 }), []);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const translations = Object.entries(draft.texts)
      .filter(([, v]) => v.question.trim() || v.answer.trim())
      .map(([language, v]) => ({ language, question: v.question.trim(), answer: v.answer.trim() }));
    const body = { topic: draft.topic.trim() || null, translations };
    setError(null);
    try {
      if (draft.id) await api(`/api/knowledge-base/${draft.id}`, { method: 'PUT', body });
      else await api('/api/knowledge-base', { method: 'POST', body });
      setDraft(null);
      entries.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  async function remove(entry: KnowledgeEntry) {
    if (!window.confirm(t('kb.confirmDelete'))) return;
    try {
      await api(`/api/knowledge-base/${entry.id}`, { method: 'DELETE' });
      entries.reload();
    } catch (failure) {
      setError(failure);
    }
  }

  const items = entries.data ?? [];
  return (
    <section>
      <PageHeader title={t('nav.knowledgeBase')}>
        {admin && (
          <button className="primary" onClick={() => setDraft(draftOf())}>
            {t('kb.add')}
          </button>
        )}
      </PageHeader>
      <p className="muted">{t('kb.hint')}</p>
      <ErrorNote error={entries.error ?? error} />
      {draft && (
        <form className="card" onSubmit={save}>
          <Field label={t('kb.topic')}>
            <input value={draft.topic} maxLength={100} onChange={(e) => setDraft({ ...draft, topic: e.target.value })} />
          </Field>
          <div className="kb-languages">
            {LANGUAGES.map((language) => (
              <fieldset key={language} dir={language === 'fa' || language === 'ar' ? 'rtl' : 'ltr'} lang={language}>
                <legend>{t(`languageName.${language}`)}</legend>
                <Field label={t('kb.question')}>
                  <input
                    value={draft.texts[language].question}
                    maxLength={500}
                    onChange={(e) => setDraft({ ...draft, texts: { ...draft.texts, [language]: { ...draft.texts[language], question: e.target.value } } })}
                  />
                </Field>
                <Field label={t('kb.answer')}>
                  <textarea
                    rows={3}
                    value={draft.texts[language].answer}
                    maxLength={4000}
                    onChange={(e) => setDraft({ ...draft, texts: { ...draft.texts, [language]: { ...draft.texts[language], answer: e.target.value } } })}
                  />
                </Field>
              </fieldset>
            ))}
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <Loading loading={entries.loading && !entries.data} />
      <Empty when={!!entries.data && items.length === 0} />
      <ul className="kb-list">
        {items.map((entry) => {
          const shown = entry.translations.find((x) => x.language === i18n.language) ?? entry.translations[0];
          return (
            <li key={entry.id} className="card" data-testid="kb-entry">
              {entry.topic && <span className="muted">{entry.topic}</span>}
              <h3 dir="auto">{shown?.question}</h3>
              <p dir="auto">{shown?.answer}</p>
              <p className="muted">{entry.translations.map((x) => x.language).join(' · ')}</p>
              {admin && (
                <div className="row-actions">
                  <button className="link" onClick={() => setDraft(draftOf(entry))}>
                    {t('common.edit')}
                  </button>
                  <button className="link danger" onClick={() => remove(entry)}>
                    {t('common.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
