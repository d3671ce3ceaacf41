import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../api/types';
import { setLanguage } from '../i18n';

const NAMES: Record<string, string> = { en: 'English', fa: 'فارسی', ar: 'العربية', ru: 'Русский' };

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <label className="language-switch">
      <span className="sr-only">{t('common.language')}</span>
      <select aria-label={t('common.language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
