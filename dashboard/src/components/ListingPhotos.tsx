import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Property } from '../api/types';
import { ErrorNote, useAuthorizedObjectUrl } from './ui';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The id of a photo lead-service stores for this listing, or null for an external URL. */
export function storedPhotoId(listingId: string, path: string): string | null {
  const prefix = `/api/properties/${listingId}/photos/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}

/** Why a file cannot be a listing photo, before it is sent; null when it may be. */
export function photoProblem(file: { type: string; size: number }): 'type' | 'size' | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}

/**
 * A listing's photos: stored ones fetched with the session's token (an <img> cannot send one) and shown
 * from memory, external ones as links; admins upload and delete stored photos.
 */
export function ListingPhotos({ listing, admin, onChange }: { listing: Property; admin: boolean; onChange: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = listing.id!;
  const photos = listing.photos ?? [];

  async function upload(file: File) {
    setError(null);
    const wrong = photoProblem(file);
    setProblem(wrong && t(wrong === 'type' ? 'inventory.photoType' : 'inventory.photoSize'));
    if (wrong) return;
    setBusy(true);
    try {
      await api(`/api/properties/${id}/photos`, { method: 'POST', body: file, contentType: file.type });
      onChange();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  async function remove(photoId: string) {
    setError(null);
    try {
      await api(`/api/properties/${id}/photos/${photoId}`, { method: 'DELETE' });
      onChange();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <div className="card" data-testid="listing-photos" data-listing-id={id}>
      <h3>{t('inventory.photos', { reference: listing.reference })}</h3>
      <ErrorNote error={error} />
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {photos.length === 0 && <p className="muted">{t('inventory.photoNone')}</p>}
      <ul className="photos">
        {photos.map((path) => {
          const photoId = storedPhotoId(id, path);
          return (
            <li key={path} data-photo-id={photoId ?? undefined}>
              {photoId ? <StoredPhoto path={path} /> : (
                <a href={path} target="_blank" rel="noreferrer noopener">
                  {path}
                </a>
              )}
              {admin && photoId && (
                <button className="link danger" onClick={() => remove(photoId)}>
                  {t('common.delete')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {admin && (
        <label className="button">
          {busy ? t('common.loading') : t('inventory.photoUpload')}
          <input
            type="file"
            accept={PHOTO_TYPES.join(',')}
            hidden
            disabled={busy}
            data-testid="photo-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
      )}
    </div>
  );
}

function StoredPhoto({ path }: { path: string }) {
  const { t } = useTranslation();
  const { url, failed } = useAuthorizedObjectUrl(path);
  if (failed) return <span className="muted">📷 {t('inventory.photoUnavailable')}</span>;
  if (!url) return <span className="muted">{t('common.loading')}</span>;
  return <img src={url} alt={t('transcript.photo')} className="listing-photo" data-testid="listing-photo" />;
}
