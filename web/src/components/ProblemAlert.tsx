// SPDX-License-Identifier: EUPL-1.2
/** Shows a failed request: the server's (already translated) problem title, or our own text. */
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client.ts';

export type ProblemAlertProps = { error: unknown; id?: string };

/** The message for an error, in the user's language. */
export function useProblemMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.code === 'NETWORK') {
        return t('errors.network');
      }
      if (error.code !== 'HTTP') {
        return error.problem.title;
      }
    }
    return t('errors.unexpected');
  };
}

/** An error alert (role="alert") for a failed request. */
export function ProblemAlert({ error, id }: ProblemAlertProps) {
  const message = useProblemMessage();
  return (
    <Alert type="error" role="alert" id={id} className="rt-alert">
      <Paragraph>{message(error)}</Paragraph>
    </Alert>
  );
}
