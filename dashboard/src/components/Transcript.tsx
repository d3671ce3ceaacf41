import { useTranslation } from 'react-i18next';
import type { TranscriptAttachment, TranscriptMessage } from '../api/types';
import { formatDateTime } from '../format';
import { ChatMedia } from './ChatMedia';

/** Chat media the gateway serves to the dashboard; documents the bot sent are named only. */
function isChatMedia(attachment: TranscriptAttachment): boolean {
  return !!attachment.ref && (attachment.ref.startsWith('media:') || attachment.ref.startsWith('telegram-file:'));
}

/** An agent's own action from the dashboard, recorded in the conversation's inbound log. */
function byAgent(message: TranscriptMessage): boolean {
  return message.direction === 'in' && message.author === 'agent';
}

/**
 * A conversation as chat bubbles: the visitor's lines on one side, the bot's and agents' on the other.
 * An agent's takeover and handback are notes between the bubbles; an agent's reply shows once, as sent.
 */
export function Transcript({ messages, attachmentHref }: {
  messages: TranscriptMessage[];
  /** Where a document the bot sent can be downloaded, when the viewer may (the web chat's own link). */
  attachmentHref?: (message: TranscriptMessage, index: number) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ol className="transcript" data-testid="transcript">
      {messages.filter((message) => !(byAgent(message) && message.kind === 'reply')).map((message, index) => byAgent(message) ? (
        <li key={message.id ?? index} className="note" data-kind={message.kind}>
          {message.kind === 'handback' ? t('transcript.handedBack') : t('transcript.tookOver')}
          {message.at && <time dateTime={message.at}> · {formatDateTime(message.at)}</time>}
        </li>
      ) : (
        <li key={message.id ?? index} className={`bubble ${message.direction === 'in' ? 'from-visitor' : 'from-us'}`} data-direction={message.direction} data-author={message.author ?? ''}>
          <div className="meta">
            {message.direction === 'in' ? t('transcript.visitor') : message.author === 'agent' ? t('transcript.agent') : t('transcript.bot')}
            {message.at && <time dateTime={message.at}> · {formatDateTime(message.at)}</time>}
          </div>
          {message.text && <p dir="auto">{message.text}</p>}
          {message.media?.ref ? <ChatMedia media={{ ...message.media, kind: message.media.kind ?? message.kind }} />
            : !message.text && !message.transcript && message.kind === 'photo' ? <p>📷 {t('transcript.photo')}</p>
            : !message.text && !message.transcript && message.kind === 'voice' ? <p>🎤 {t('transcript.voice')}</p> : null}
          {message.transcript && (
            <p className="voice" dir="auto">
              🎤 {t('transcript.voice')}: {message.transcript}
            </p>
          )}
          {(message.attachments ?? []).map((attachment, i) =>
            isChatMedia(attachment) ? <ChatMedia key={i} media={attachment} /> : (
              <p key={i} className="attachment">
                📎 {attachmentHref?.(message, i) ? <a href={attachmentHref(message, i)} download>{attachment.fileName ?? attachment.kind}</a>
                  : (attachment.fileName ?? attachment.kind)}
              </p>
            ))}
          {message.buttons && message.buttons.length > 0 && (
            <div className="buttons">
              {message.buttons.map((b) => (
                <span key={b.callbackData} className="chip">
                  {b.label}
                </span>
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
