import { useTranslation } from 'react-i18next';
import type { TranscriptAttachment, TranscriptMessage } from '../api/types';
import { formatDateTime } from '../format';

function attachmentUrl(attachment: TranscriptAttachment): string | undefined {
  return attachment.url ?? attachment.href;
}

/** A conversation as chat bubbles: the visitor's lines on one side, the bot's and agents' on the other. */
export function Transcript({ messages }: { messages: TranscriptMessage[] }) {
  const { t } = useTranslation();
  return (
    <ol className="transcript" data-testid="transcript">
      {messages.map((message, index) => (
        <li key={message.id ?? index} className={`bubble ${message.direction === 'in' ? 'from-visitor' : 'from-us'}`} data-direction={message.direction} data-author={message.author ?? ''}>
          <div className="meta">
            {message.direction === 'in' ? t('transcript.visitor') : message.author === 'agent' ? t('transcript.agent') : t('transcript.bot')}
            {message.at && <time dateTime={message.at}> · {formatDateTime(message.at)}</time>}
          </div>
          {message.text && <p dir="auto">{message.text}</p>}
          {message.transcript && (
            <p className="voice" dir="auto">
              🎤 {t('transcript.voice')}: {message.transcript}
            </p>
          )}
          {(message.attachments ?? []).map((attachment, i) => {
            const url = attachmentUrl(attachment);
            const photo = attachment.kind === 'photo' || attachment.mimeType?.startsWith('image/');
            if (photo && url) return <img key={i} src={url} alt={attachment.caption ?? t('transcript.photo')} className="photo" />;
            return (
              <p key={i} className="attachment">
                📎 {url ? <a href={url}>{attachment.fileName ?? attachment.caption ?? attachment.kind}</a> : (attachment.fileName ?? attachment.kind)}
              </p>
            );
          })}
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
