import { useTranslation } from 'react-i18next';
import type { TranscriptAttachment } from '../api/types';
import { useAuthorizedObjectUrl } from './ui';

/** The gateway's URL for a chat file the visitor sent (a photo, a voice note). */
export function mediaPath(ref: string): string {
  return `/api/media?ref=${encodeURIComponent(ref)}`;
}

/**
 * A photo or voice note from the visitor, fetched with the session's token (an <img> cannot send
 * one) and shown from memory; a file that cannot be fetched is named instead.
 */
export function ChatMedia({ media }: { media: TranscriptAttachment }) {
  const { t } = useTranslation();
  const voice = media.kind === 'voice' || media.mimeType?.startsWith('audio/');
  const { url, failed } = useAuthorizedObjectUrl(media.ref ? mediaPath(media.ref) : undefined);
  const label = voice ? t('transcript.voice') : t('transcript.photo');
  if (failed || !media.ref) return <p className="attachment">{voice ? '🎤' : '📷'} {label}</p>;
  if (!url) return <p className="attachment muted">{label}…</p>;
  return voice ? <audio controls src={url} data-testid="chat-voice" /> : <img src={url} alt={label} className="photo" data-testid="chat-photo" />;
}
