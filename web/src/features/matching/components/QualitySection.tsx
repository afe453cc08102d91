// SPDX-License-Identifier: EUPL-1.2
/**
 * How good the proposal is: the objective (sum of the placed pairs' scores), the certified upper
 * bound from the municipalities' prices, and the gap between them, each with its formula and the
 * numbers filled in, plus how many households and persons are placed.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import type { ProposalResult, ProposalView } from '../api/matching-api.ts';
import { formatGap, formatScore } from '../matching-format.ts';

export type SectionProps = { proposal: ProposalView; result: ProposalResult };

/** "Bron: …": where the figures of a section come from. */
export function RunSource({ proposal }: { proposal: ProposalView }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (
    <p className="rt-source" data-testid="source-line">
      {t('matching.source.run', { runs: proposal.runs, when: proposal.runAt ? formatDateTime(proposal.runAt, language) : '—', period: proposal.period })}
    </p>
  );
}

export function QualitySection({ proposal, result }: SectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const score = (value: number) => formatScore(value, language);
  const gapText = formatGap(result.gap, language);
  const items: [string, string, string][] = [
    ['objective', score(result.objective), t('matching.quality.objectiveHow')],
    ['bound', score(result.bound), t('matching.quality.boundHow')],
    ['gap', gapText, t('matching.quality.gapHow', { bound: score(result.bound), objective: score(result.objective), gap: gapText })],
  ];
  return (
    <section className="rt-section" aria-labelledby="pl-quality-heading" data-testid="quality">
      <Heading level={3} id="pl-quality-heading">
        {t('matching.quality.heading')}
      </Heading>
      <Paragraph>
        {t('matching.quality.placed', {
          households: formatNumber(result.placedHouseholds, language),
          total: formatNumber(result.households.length, language),
          persons: formatNumber(result.placedPersons, language),
          totalPersons: formatNumber(result.totalPersons, language),
        })}
      </Paragraph>
      <dl className="rt-how">
        {items.map(([key, value, how]) => (
          <div key={key} className="rt-how__item" data-testid={`quality-${key}`}>
            <dt>{t(`matching.quality.${key}`)}</dt>
            <dd>
              <strong>{value}</strong> <code>{how}</code>
            </dd>
          </div>
        ))}
      </dl>
      <Paragraph small>{t('matching.quality.meaning')}</Paragraph>
      {result.usesExampleData ? <Paragraph className="rt-notice">{t('matching.quality.example')}</Paragraph> : null}
      <RunSource proposal={proposal} />
    </section>
  );
}
