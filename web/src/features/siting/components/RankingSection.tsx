// SPDX-License-Identifier: EUPL-1.2
/**
 * The ranking of both methods side by side, how often each candidate came first or in the top
 * three over the seeded draws, and per candidate what each criterion contributed and where each
 * value came from. Without a ranking it says why.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { WeighingView } from '../api/siting-api.ts';
import { breakdownOf, notRankedReason, rankingRows, type RankingRow } from '../ranking.ts';

// The draw factors (0.8 and 1.2): formatNumber rounds to whole numbers.
const fraction = (value: number, language: 'nl' | 'en') => value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 });
const score = (value: number, language: 'nl' | 'en') => value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** Ranking, sensitivity and breakdown of a weighing. */
export function RankingSection({ view }: { view: WeighingView }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const reason = notRankedReason(view);
  const count = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, language));
  const rows = rankingRows(view);
  return (
    <section className="rt-section" aria-labelledby="ranking-heading">
      <Heading level={2} id="ranking-heading">
        {t('siting.ranking.heading')}
      </Heading>
      {reason ? (
        <Paragraph className="rt-notice" data-testid="not-ranked">
          {t(`siting.ranking.notRanked.${reason}`, { count: view.missing.length })}
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t('siting.ranking.intro')}</Paragraph>
          <SortableTable<RankingRow>
            testId="ranking-table"
            caption={t('siting.ranking.caption')}
            label={t('siting.ranking.caption')}
            sortedMessage={sortedMessage}
            rows={rows}
            rowKey={(row) => row.locationId}
            columns={[
              { key: 'name', header: t('siting.ranking.candidate'), rowHeader: true, sortValue: (r) => r.name, cell: (r) => `${r.name} (${r.municipality})` },
              { key: 'wsRank', header: t('siting.ranking.wsRank'), numeric: true, sortValue: (r) => r.scores['weighted-sum'].rank, cell: (r) => r.scores['weighted-sum'].rank },
              { key: 'wsScore', header: t('siting.ranking.wsScore'), numeric: true, sortValue: (r) => r.scores['weighted-sum'].score, cell: (r) => score(r.scores['weighted-sum'].score, language) },
              { key: 'tpRank', header: t('siting.ranking.topsisRank'), numeric: true, sortValue: (r) => r.scores.topsis.rank, cell: (r) => r.scores.topsis.rank },
              { key: 'tpScore', header: t('siting.ranking.topsisScore'), numeric: true, sortValue: (r) => r.scores.topsis.score, cell: (r) => score(r.scores.topsis.score, language) },
            ]}
          />
          <Paragraph className="rt-muted">{t('siting.ranking.formula')}</Paragraph>
          {view.sensitivity ? (
            <>
              <Heading level={3}>{t('siting.sensitivity.heading')}</Heading>
              <Paragraph data-testid="sensitivity-intro">
                {t('siting.sensitivity.intro', {
                  draws: formatNumber(view.sensitivity.draws, language),
                  low: fraction(view.sensitivity.low, language),
                  high: fraction(view.sensitivity.high, language),
                  seed: view.sensitivity.seed,
                })}
              </Paragraph>
              <SortableTable<RankingRow>
                testId="sensitivity-table"
                caption={t('siting.sensitivity.caption', { seed: view.sensitivity.seed })}
                label={t('siting.sensitivity.caption', { seed: view.sensitivity.seed })}
                sortedMessage={sortedMessage}
                rows={rows}
                rowKey={(row) => row.locationId}
                columns={[
                  { key: 'name', header: t('siting.ranking.candidate'), rowHeader: true, sortValue: (r) => r.name, cell: (r) => r.name },
                  { key: 'wsFirst', header: t('siting.sensitivity.wsFirst'), numeric: true, sortValue: (r) => r.sensitivity?.['weighted-sum'].first ?? null, cell: (r) => count(r.sensitivity?.['weighted-sum'].first) },
                  { key: 'wsTop', header: t('siting.sensitivity.wsTop'), numeric: true, sortValue: (r) => r.sensitivity?.['weighted-sum'].topThree ?? null, cell: (r) => count(r.sensitivity?.['weighted-sum'].topThree) },
                  { key: 'tpFirst', header: t('siting.sensitivity.topsisFirst'), numeric: true, sortValue: (r) => r.sensitivity?.topsis.first ?? null, cell: (r) => count(r.sensitivity?.topsis.first) },
                  { key: 'tpTop', header: t('siting.sensitivity.topsisTop'), numeric: true, sortValue: (r) => r.sensitivity?.topsis.topThree ?? null, cell: (r) => count(r.sensitivity?.topsis.topThree) },
                ]}
              />
            </>
          ) : null}
        </>
      )}
      <Heading level={3}>{t('siting.breakdown.heading')}</Heading>
      <Paragraph>{t('siting.breakdown.intro')}</Paragraph>
      {view.candidates.map((candidate) => (
        <Breakdown key={candidate.location.id} view={view} locationId={candidate.location.id} name={candidate.location.name} />
      ))}
    </section>
  );
}

function Breakdown({ view, locationId, name }: { view: WeighingView; locationId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const labels = new Map(view.criteria.map((c) => [c.id, language === 'nl' ? c.labelNl : c.labelEn]));
  const part = (value: number | null) => (value === null ? '' : score(value, language));
  return (
    <details className="rt-breakdown" data-testid={`breakdown-${locationId}`}>
      <summary>{t('siting.breakdown.summary', { name })}</summary>
      <SortableTable
        caption={t('siting.breakdown.caption', { name })}
        label={t('siting.breakdown.caption', { name })}
        sortedMessage={sortedMessage}
        rows={breakdownOf(view, locationId)}
        rowKey={(row) => row.criterionId}
        columns={[
          { key: 'criterion', header: t('siting.breakdown.criterion'), rowHeader: true, cell: (r) => labels.get(r.criterionId) ?? r.criterionId },
          { key: 'value', header: t('siting.breakdown.value'), numeric: true, cell: (r) => (r.value === null ? t('siting.breakdown.missing') : formatNumber(Math.round(r.value * 1000) / 1000, language)) },
          { key: 'origin', header: t('siting.breakdown.origin'), cell: (r) => `${t(`siting.origin.${r.origin}`)}: ${language === 'nl' ? r.explain.nl : r.explain.en}` },
          { key: 'ws', header: t('siting.breakdown.ws'), numeric: true, sortValue: (r) => r.contributions['weighted-sum'], cell: (r) => part(r.contributions['weighted-sum']) },
          { key: 'tp', header: t('siting.breakdown.topsis'), numeric: true, sortValue: (r) => r.contributions.topsis, cell: (r) => part(r.contributions.topsis) },
        ]}
      />
    </details>
  );
}
