// SPDX-License-Identifier: EUPL-1.2
/** A refused save: the server's title, and the reason in plain words when the problem names a rule. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { refusalOf } from '../refusal.ts';

/** An error alert that can take the focus (tabIndex -1) after a failed save. */
export const RefusalAlert = forwardRef<HTMLDivElement, { error: unknown }>(function RefusalAlert({ error }, ref) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const message = useProblemMessage();
  const refusal = error instanceof ApiError ? refusalOf(error.problem) : null;
  const reason = refusal
    ? t(refusal.key, {
        status: refusal.values.status ? t(`locations.status.${refusal.values.status}`) : '',
        since: refusal.values.since ? formatDate(refusal.values.since, language) : '',
      })
    : null;
  return (
    <div ref={ref} tabIndex={-1} className="rt-form__problem" data-testid="refusal">
      <Alert type="error" role="alert" className="rt-alert">
        <Paragraph>{message(error)}</Paragraph>
        {reason ? <Paragraph>{reason}</Paragraph> : null}
      </Alert>
    </div>
  );
});
