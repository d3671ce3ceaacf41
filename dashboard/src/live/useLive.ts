import { useEffect, useRef } from 'react';
import { subscribeLive, type LiveUpdate } from './live';

/**
 * Calls {@code refresh} when a live update matching {@code matches} arrives, at most once per
 * {@code debounceMs}, and once more a little later: the service that owns the data may apply the
 * same event a moment after analytics announced it.
 */
export function useLiveRefresh(matches: (update: LiveUpdate) => boolean, refresh: () => void, debounceMs = 300): void {
  const latest = useRef({ matches, refresh });
  latest.current = { matches, refresh };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let followUp: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeLive((update) => {
      if (!latest.current.matches(update)) return;
      clearTimeout(timer);
      clearTimeout(followUp);
      timer = setTimeout(() => latest.current.refresh(), debounceMs);
      followUp = setTimeout(() => latest.current.refresh(), debounceMs + 1500);
    });
    return () => {
      clearTimeout(timer);
      clearTimeout(followUp);
      unsubscribe();
    };
  }, [debounceMs]);
}
