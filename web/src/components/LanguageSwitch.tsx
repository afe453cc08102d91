// SPDX-License-Identifier: EUPL-1.2
/** Switches between Dutch and English. The button names the other language in that language. */
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n/i18n.ts';

/** The header button that switches Dutch ↔ English. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  const other = current === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle-button"
      className="rt-language-switch"
      lang={other}
      data-testid="language-switch"
      onClick={() => void i18n.changeLanguage(other)}
    >
      {other === 'en' ? 'English' : 'Nederlands'}
    </Button>
  );
}
