// SPDX-License-Identifier: EUPL-1.2
/** The lifecycle steps of a location, oldest first, each with its date and note. */
import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import type { LocationDetail } from '../api/locations-api.ts';

/** An ordered list of the dated steps. */
export function LocationTimeline({ detail }: { detail: LocationDetail }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { decision } = detail.location;
  return (
    <OrderedList className="rt-timeline" data-testid="timeline">
      {detail.steps.map((step) => (
        <OrderedListItem key={`${step.status}-${step.on}`}>
          <strong>{formatDate(step.on, language)}</strong>: {t(`locations.status.${step.status}`)}
          {step.status === 'decided' && decision
            ? ` (${t(`locations.decision.${decision.outcome}`)}, ${t('locations.decision.by', { body: decision.decidedBy })})`
            : null}
          {step.note ? ` · ${step.note}` : null}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
