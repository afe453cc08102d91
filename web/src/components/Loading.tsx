// SPDX-License-Identifier: EUPL-1.2
/** A polite "loading" note, announced by screen readers. */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Shown while data loads; `label` overrides the default text. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="rt-loading">
      <Paragraph>{label ?? t('common.loading')}</Paragraph>
    </div>
  );
}
