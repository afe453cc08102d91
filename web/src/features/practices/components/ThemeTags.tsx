// SPDX-License-Identifier: EUPL-1.2
/** A practice's themes as a list of tags. */
import { useTranslation } from 'react-i18next';

export function ThemeTags({ themes }: { themes: string[] }) {
  const { t } = useTranslation();
  if (themes.length === 0) {
    return null;
  }
  return (
    <ul className="rt-tags" aria-label={t('practices.themesLabel')}>
      {themes.map((theme) => (
        <li key={theme}>{t(`practices.themes.${theme}`, { defaultValue: theme })}</li>
      ))}
    </ul>
  );
}
