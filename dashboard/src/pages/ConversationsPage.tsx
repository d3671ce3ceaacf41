import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Page } from '../api/client';
import type { Conversation } from '../api/types';
import { Badge, Empty, ErrorNote, Loading, PageHeader, useLoad } from '../components/ui';
import { formatDateTime } from '../format';
import { useLiveRefresh } from '../live/useLive';
import { stateOf } from './conversation';

/** Conversations as they happen: refreshed whenever a message or a state change arrives. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const conversations = useLoad(() => api<Page<Conversation>>('/api/conversations'), []);
  useLiveRefresh((u) => u.type.startsWith('chat.') || u.type.startsWith('conversation.'), conversations.reload);
  const items = conversations.data?.items ?? [];
  return (
    <section>
      <PageHeader title={t('nav.conversations')}>
        <span className="live-dot" title={t('common.live')} />
      </PageHeader>
      <ErrorNote error={conversations.error} />
      <Loading loading={conversations.loading && !conversations.data} />
      <Empty when={!!conversations.data && items.length === 0} />
      {items.length > 0 && (
        <table className="grid" data-testid="conversations-table">
          <thead>
            <tr>
              <th>{t('leads.channel')}</th>
              <th>{t('conversations.state')}</th>
              <th>{t('leads.language')}</th>
              <th>{t('conversations.lastActivity')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((c) => {
              const state = stateOf(c) ?? '';
              return (
                <tr key={c.id}>
                  <td>{t(`channel.${c.channel}`, { defaultValue: c.channel })}</td>
                  <td>
                    <Badge tone={state === 'HUMAN_TAKEOVER' ? 'warn' : undefined}>{t(`state.${state}`, { defaultValue: state })}</Badge>
                  </td>
                  <td>{c.language ?? '—'}</td>
                  <td>{formatDateTime(c.updatedAt)}</td>
                  <td>
                    <Link to={`/leads/${c.leadId ?? c.id}`}>{t('conversations.open')}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
