// SPDX-License-Identifier: EUPL-1.2
/**
 * The proposal per household: only the pseudonym and the attributes the match uses, where it is
 * placed with which score, its locks and forbidden pairs, and a button that opens the explanation
 * of its pair (and, in a draft, lock or forbid). Unplaced households are listed with the reason.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import type { ProposalHousehold, ProposalResult, ProposalView } from '../api/matching-api.ts';
import { formatScore } from '../matching-format.ts';
import { ExplanationDialog } from './ExplanationDialog.tsx';
import { RunSource } from './QualitySection.tsx';

export type HouseholdSectionProps = { proposal: ProposalView; result: ProposalResult; onChanged: (next: ProposalView) => void };

export function HouseholdSection({ proposal, result, onChanged }: HouseholdSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const [openId, setOpenId] = useState<string | null>(null);
  const names = useMemo(() => new Map(result.municipalities.map((m) => [m.code, m.name])), [result]);
  const nameOf = (code: string | null) => (code === null ? t('matching.households.none') : (names.get(code) ?? code));
  const none = t('common.noFigure');
  const unknown = t('matching.households.unknown');
  // The locks and forbidden pairs as they are now (also those set after the last run).
  const pairsOf = (id: string) => proposal.pairs.filter((pair) => pair.householdId === id);
  const columns: Column<ProposalHousehold>[] = [
    { key: 'pseudonym', header: t('matching.households.pseudonym'), rowHeader: true, sortValue: (h) => h.pseudonym, cell: (h) => h.pseudonym },
    { key: 'size', header: t('matching.households.size'), numeric: true, sortValue: (h) => h.size, cell: (h) => String(h.size) },
    { key: 'isco', header: t('matching.households.isco'), sortValue: (h) => h.iscoMajorGroup, cell: (h) => (h.iscoMajorGroup === null ? unknown : String(h.iscoMajorGroup)) },
    { key: 'tie', header: t('matching.households.tie'), sortValue: (h) => h.tieMunicipalityCode, cell: (h) => (h.tieMunicipalityCode === null ? unknown : nameOf(h.tieMunicipalityCode)) },
    { key: 'care', header: t('matching.households.care'), sortValue: (h) => (h.careNeed ? 1 : 0), cell: (h) => t(h.careNeed ? 'matching.yes' : 'matching.no') },
    { key: 'municipality', header: t('matching.households.municipality'), sortValue: (h) => nameOf(h.municipality), cell: (h) => <span data-testid="placed-in">{nameOf(h.municipality)}</span> },
    { key: 'score', header: t('matching.households.score'), numeric: true, sortValue: (h) => h.score, cell: (h) => (h.score === null ? none : formatScore(h.score, language)) },
    {
      key: 'pairs',
      header: t('matching.households.pairs'),
      cell: (h) =>
        pairsOf(h.id)
          .map((pair) => t(pair.kind === 'lock' ? 'matching.households.lockedIn' : 'matching.households.forbiddenIn', { name: nameOf(pair.municipalityCode) }))
          .join('; ') || t('matching.households.noPairs'),
    },
    {
      key: 'explain',
      header: t('matching.households.explain'),
      cell: (h) => (
        <Button appearance="subtle-button" onClick={() => setOpenId(h.id)} data-testid="explain-button">
          {t('matching.households.explainButton')}
          <span className="rt-visually-hidden"> {h.pseudonym}</span>
        </Button>
      ),
    },
  ];
  const unplaced = result.households.filter((h) => h.municipality === null);
  const open = result.households.find((h) => h.id === openId) ?? null;
  const caption = t('matching.households.caption', { count: result.households.length });
  return (
    <section className="rt-section" aria-labelledby="pl-households-heading">
      <Heading level={3} id="pl-households-heading">
        {t('matching.households.heading')}
      </Heading>
      <Paragraph>{t('matching.households.intro')}</Paragraph>
      <section aria-labelledby="pl-unplaced-heading" data-testid="unplaced">
        <Heading level={4} id="pl-unplaced-heading">
          {t('matching.households.unplacedHeading', { count: unplaced.length })}
        </Heading>
        {unplaced.length === 0 ? (
          <Paragraph>{t('matching.households.allPlaced')}</Paragraph>
        ) : (
          <ul>
            {unplaced.map((h) => (
              <li key={h.id}>
                <strong>{h.pseudonym}</strong> ({t('matching.households.persons', { count: h.size })}): {h.reason ?? none}
              </li>
            ))}
          </ul>
        )}
        {result.totalShortfall > 0 ? <Paragraph>{t('matching.households.shortfall', { persons: result.totalShortfall })}</Paragraph> : null}
      </section>
      {result.households.length === 0 ? (
        <Paragraph>{t('matching.households.empty')}</Paragraph>
      ) : (
        <SortableTable
          testId="household-table"
          caption={caption}
          label={caption}
          sortedMessage={sortedMessage}
          columns={columns}
          rows={result.households}
          rowKey={(h) => h.id}
          initialSort={{ key: 'pseudonym', direction: 'ascending' }}
        />
      )}
      <RunSource proposal={proposal} />
      <ExplanationDialog proposal={proposal} result={result} household={open} onClose={() => setOpenId(null)} onChanged={onChanged} />
    </section>
  );
}
