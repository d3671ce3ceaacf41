import i18n from './i18n';

function locale(): string {
  const language = i18n.language || 'en';
  // Persian and Arabic read better with their own digits; Intl picks them from the locale.
  return { fa: 'fa-IR', ar: 'ar-AE', ru: 'ru-RU', en: 'en-GB' }[language] ?? language;
}

export function formatNumber(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** Minor units (cents, fils) of a currency. */
export function formatMoney(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor === null || minor === undefined || !currency) return '—';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(minor / 100);
}

/** Whole units of a currency, as budgets are. */
export function formatBudget(min?: number | null, max?: number | null, currency?: string | null): string {
  if (min == null && max == null) return '—';
  const one = (v: number) =>
    new Intl.NumberFormat(locale(), { style: 'currency', currency: currency ?? 'AED', notation: 'compact' }).format(v);
  if (min != null && max != null) return min === max ? one(min) : `${one(min)} – ${one(max)}`;
  return one((min ?? max) as number);
}

export function formatMicroUsd(micro: number | null | undefined): string {
  if (micro === null || micro === undefined) return '—';
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'USD', maximumFractionDigits: 4 }).format(micro / 1_000_000);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatDuration(millis: number | null | undefined): string {
  if (millis === null || millis === undefined) return '—';
  if (millis < 1000) return `${formatNumber(millis)} ms`;
  const seconds = millis / 1000;
  if (seconds < 120) return `${formatNumber(seconds, 1)} s`;
  const minutes = seconds / 60;
  if (minutes < 120) return `${formatNumber(minutes, 1)} min`;
  return `${formatNumber(minutes / 60, 1)} h`;
}
