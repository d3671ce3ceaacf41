import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch } from '../api/client';
import type { TranscriptAttachment } from '../api/types';

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
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  const voice = media.kind === 'voice' || media.mimeType?.startsWith('audio/');
  useEffect(() => {
    if (!media.ref) return;
    let objectUrl: string | undefined;
    let cancelled = false;
    authorizedFetch(mediaPath(media.ref))
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [media.ref]);
  const label = voice ? t('transcript.voice') : t('transcript.photo');
  if (failed || !media.ref) return <p className="attachment">{voice ? '🎤' : '📷'} {label}</p>;
  if (!url) return <p className="attachment muted">{label}…</p>;
  return voice ? <audio controls src={url} data-testid="chat-voice" /> : <img src={url} alt={label} className="photo" data-testid="chat-photo" />;
}
