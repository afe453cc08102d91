// SPDX-License-Identifier: EUPL-1.2
/**
 * The households of a municipality waiting past the threshold of one indicator, longest first:
 * pseudonyms and figures only. A filter chooses the indicator (kept in the address, ?wachttijd=taal).
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import type { Thresholds, WaitingIndicator, WaitingList } from '../api/integration-api.ts';
import { indicators, slugOf } from '../indicators.ts';

type Item = WaitingList['items'][number];

export type WaitingListSectionProps = { code: string; list: WaitingList; threshold: Thresholds['items'][number] | undefined };

export function WaitingListSection({ code, list, threshold }: WaitingListSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const { navigate } = useRouter();
  const [choice, setChoice] = useState<WaitingIndicator>(list.indicator);
  const name = t(`integration.indicators.${list.indicator}`);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    navigate(paths.integrationMunicipality(code, slugOf(choice)), { replace: true });
  };
  const columns: Column<Item>[] = [
    {
      key: 'pseudonym',
      header: t('integration.list.pseudonym'),
      cell: (r) => <AppLink href={paths.household(r.householdId)}>{r.pseudonym}</AppLink>,
      sortValue: (r) => r.pseudonym,
      rowHeader: true,
    },
    { key: 'since', header: t('integration.list.since'), cell: (r) => formatDate(r.since, language), sortValue: (r) => r.since },
    { key: 'days', header: t('integration.list.days'), cell: (r) => formatNumber(r.days, language), sortValue: (r) => r.days, numeric: true },
    {
      key: 'over',
      header: t('integration.list.over'),
      cell: (r) => formatNumber(r.days - list.thresholdDays, language),
      sortValue: (r) => r.days - list.thresholdDays,
      numeric: true,
    },
  ];
  const caption = t('integration.list.caption', { count: list.total, indicator: name, days: list.thresholdDays });
  return (
    <section className="rt-section" aria-labelledby="waiting-list-heading">
      <Heading level={2} id="waiting-list-heading">
        {t('integration.list.heading')}
      </Heading>
      <Paragraph>{t('integration.list.intro')}</Paragraph>
      <form className="rt-form rt-form--inline" onSubmit={onSubmit} aria-label={t('integration.list.filter')}>
        <SelectField
          id="waiting-indicator"
          name="indicator"
          label={t('integration.list.indicator')}
          value={choice}
          options={indicators.map((indicator) => ({ value: indicator, label: t(`integration.indicators.${indicator}`) }))}
          onChange={(value) => setChoice(value as WaitingIndicator)}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('integration.list.show')}
        </Button>
      </form>
      <Paragraph data-testid="waiting-threshold">
        {t('integration.list.threshold', { indicator: name, days: list.thresholdDays, date: formatDate(list.asOf, language) })}
      </Paragraph>
      {list.total === 0 ? (
        <Paragraph data-testid="waiting-list-empty">{t('integration.list.none', { indicator: name })}</Paragraph>
      ) : (
        <SortableTable
          caption={caption}
          label={caption}
          columns={columns}
          rows={list.items}
          rowKey={(r) => r.householdId}
          sortedMessage={sortedMessage}
          testId="waiting-list"
          footer={
            <div className="rt-source">
              <p className="rt-source__line">{t('integration.formula', { formula: list.formula })}</p>
              {threshold ? <p className="rt-source__line">{t('integration.thresholdSource', { days: threshold.days, source: threshold.source })}</p> : null}
              <p className="rt-source__line">{t('source.line', { text: t('integration.source.municipality') })}</p>
            </div>
          }
        />
      )}
    </section>
  );
}
