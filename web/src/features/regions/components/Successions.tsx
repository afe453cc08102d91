// SPDX-License-Identifier: EUPL-1.2
/** Which municipalities merged into this one, and into which one it merged. */
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import type { MunicipalityDetail } from '../api/regions-api.ts';

type Ref = MunicipalityDetail['predecessors'][number];

/** Predecessors and successors with the date each merger took effect. */
export function Successions({ predecessors, successors }: { predecessors: Ref[]; successors: Ref[] }) {
  const { t } = useTranslation();
  if (predecessors.length === 0 && successors.length === 0) {
    return <Paragraph>{t('municipality.successions.none')}</Paragraph>;
  }
  return (
    <>
      {predecessors.length > 0 ? (
        <RefList label={t('municipality.successions.predecessors')} refs={predecessors} id="predecessors" />
      ) : null}
      {successors.length > 0 ? <RefList label={t('municipality.successions.successors')} refs={successors} id="successors" /> : null}
    </>
  );
}

function RefList({ label, refs, id }: { label: string; refs: Ref[]; id: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (
    <>
      <Paragraph id={`${id}-label`}>
        <strong>{label}</strong>
      </Paragraph>
      <UnorderedList aria-labelledby={`${id}-label`}>
        {refs.map((ref) => (
          <UnorderedListItem key={`${ref.code}:${ref.effectiveDate}`}>
            <AppLink href={paths.municipality(ref.code)}>{ref.name}</AppLink>{' '}
            {t('municipality.successions.since', { date: formatDate(ref.effectiveDate, language) })}
            {ref.territoryShare !== null && ref.territoryShare < 0.95
              ? ` ${t('municipality.successions.share', { percent: Math.round(ref.territoryShare * 100) })}`
              : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
