import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

export const RTL_LANGUAGES = new Set(['fa', 'ar']);
const KEY = 'artin.language';

function initialLanguage(): string {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  if (stored && ['en', 'fa', 'ar', 'ru'].includes(stored)) return stored;
  const browser = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return ['en', 'fa', 'ar', 'ru'].includes(browser) ? browser : 'en';
}

/** Sets the page's language and direction: Persian and Arabic lay the whole interface out right to left. */
function applyDirection(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fa: { translation: fa }, ar: { translation: ar }, ru: { translation: ru } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyDirection(i18n.language);
i18n.on('languageChanged', applyDirection);

export function setLanguage(language: string): void {
  localStorage.setItem(KEY, language);
  void i18n.changeLanguage(language);
}

export default i18n;
