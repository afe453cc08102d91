// SPDX-License-Identifier: EUPL-1.2
/**
 * The status holders a municipality housed: the list (household pseudonyms only for its own
 * officers) and, for those allowed, the entry form. No names: a household is known by its
 * pseudonym (HH-XXXX-XXXX) only.
 */
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchRealisations } from '../api/taakstelling-api.ts';
import { RealisationForm } from './RealisationForm.tsx';
import { RealisationImport } from './RealisationImport.tsx';

export type RealisationsSectionProps = { code: string; name: string };

/** List and entry form of realisations (shown only to those who may read them). */
export function RealisationsSection({ code, name }: RealisationsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const list = useAsync(`realisations:${code}`, (signal) => fetchRealisations(code, signal));
  const caption = t('taakstelling.realisations.caption', { name, count: list.data?.total ?? 0 });
  const dash = (value: string | number | null) => (value === null ? '–' : String(value));
  return (
    <section className="rt-section" aria-labelledby="tk-realisations-heading">
      <Heading level={2} id="tk-realisations-heading">
        {t('taakstelling.realisations.heading')}
      </Heading>
      <Paragraph>{t('taakstelling.realisations.intro')}</Paragraph>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <Paragraph>{t('taakstelling.realisations.none')}</Paragraph> : null}
      {list.data && list.data.items.length > 0 ? (
        <ScrollRegion label={caption}>
          <Table data-testid="realisation-table">
            <TableCaption className="rt-table__caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.housedOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.columns.period')}</TableHeaderCell>
                <TableHeaderCell scope="col" numericColumn>{t('taakstelling.realisations.persons')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.composition')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.household')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.dwelling')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.cameFrom')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('taakstelling.realisations.reference')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.data.items.map((item) => (
                <TableRow key={item.id}>
                  <TableHeaderCell scope="row">{formatDate(item.housedOn, language)}</TableHeaderCell>
                  <TableCell>{item.period}</TableCell>
                  <TableCell numericColumn>{formatNumber(item.persons, language)}</TableCell>
                  <TableCell>
                    {item.adults === null && item.minors === null
                      ? '–'
                      : t('taakstelling.realisations.adultsMinors', { adults: dash(item.adults), minors: dash(item.minors) })}
                  </TableCell>
                  <TableCell>{item.household ?? (item.hasHousehold ? t('taakstelling.realisations.hidden') : '–')}</TableCell>
                  <TableCell>{dash(item.dwellingReference)}</TableCell>
                  <TableCell>{dash(item.cameFromLocation)}</TableCell>
                  <TableCell>{item.sourceReference}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      ) : null}
      <RealisationForm code={code} onRecorded={list.reload} />
      <RealisationImport onImported={list.reload} />
    </section>
  );
}
