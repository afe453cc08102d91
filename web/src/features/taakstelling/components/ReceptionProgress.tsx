// SPDX-License-Identifier: EUPL-1.2
/**
 * Reception places (opportunity 1 of the PCL advice): each target of the province, its safety
 * regions and municipalities, with the places realised twice: from the entered counts and from
 * the locations register. Each figure opens its computation; the sources are listed below.
 */
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSettled } from '../use-settled.ts';
import { fetchReceptionProgress, type ReceptionProgress as ReceptionProgressData } from '../api/taakstelling-api.ts';
import { formatPercentage } from '../taakstelling-format.ts';
import { ReceptionEntryForms } from './ReceptionEntryForms.tsx';

export type ReceptionProgressProps = { provinceCode: string; provinceName: string; canEnter: boolean; onSettled: () => void };

/** The targets table (and, for the province's coordinators, the entry forms); `onSettled` once loaded or failed. */
export function ReceptionProgress({ provinceCode, provinceName, canEnter, onSettled }: ReceptionProgressProps) {
  const progress = useAsync(`reception:${provinceCode}`, (signal) => fetchReceptionProgress(provinceCode, signal));
  useSettled(progress.status, onSettled);

  // The entry forms stay mounted while the table reloads after a save (their status messages).
  const entry = canEnter ? <ReceptionEntryForms provinceCode={provinceCode} onSaved={progress.reload} /> : null;
  if (progress.status === 'loading') {
    return (
      <>
        <Loading />
        {entry}
      </>
    );
  }
  if (progress.status === 'failed') {
    return (
      <>
        <ProblemAlert error={progress.error} />
        {entry}
      </>
    );
  }
  return (
    <>
      <TargetsTable progress={progress.data} provinceName={provinceName} />
      {entry}
    </>
  );
}

/** The targets with the places realised from the counts and from the register, each with its computation. */
function TargetsTable({ progress, provinceName }: { progress: ReceptionProgressData; provinceName: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const caption = t('taakstelling.reception.caption', { province: provinceName });
  const withHow = (value: string, how: string) => (
    <details className="rt-cell-how">
      <summary>{value}</summary>
      <code className="rt-formula">{how}</code>
    </details>
  );
  return (
    <>
      <Paragraph>{t('taakstelling.reception.intro')}</Paragraph>
      <ScrollRegion label={caption}>
        <Table data-testid="reception-table">
          <TableCaption className="rt-table__caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('taakstelling.reception.scope')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('taakstelling.reception.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.reception.target')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.reception.counted')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>{t('taakstelling.reception.register')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {progress.targets.map((target) => (
              <TableRow key={`${target.scopeKind}:${target.scopeCode}:${target.kind}:${target.id ?? 'advice'}`}>
                <TableHeaderCell scope="row">
                  {target.scopeName}
                  <span className="rt-badge">{t(`taakstelling.reception.scopeKind.${target.scopeKind}`)}</span>
                </TableHeaderCell>
                <TableCell>{t(`taakstelling.reception.kinds.${target.kind}`)}</TableCell>
                <TableCell numericColumn>
                  {target.approximate ? t('taakstelling.reception.about', { places: formatNumber(target.places, language) }) : formatNumber(target.places, language)}
                  <span className="rt-badge">{target.periodLabel}</span>
                </TableCell>
                <TableCell numericColumn>
                  {withHow(
                    `${formatNumber(target.realised, language)}${target.percentage === null ? '' : ` (${formatPercentage(target.percentage, language)})`}`,
                    target.how,
                  )}
                </TableCell>
                <TableCell numericColumn>
                  {target.register
                    ? withHow(
                        `${formatNumber(target.register.places, language)}${target.register.percentage === null ? '' : ` (${formatPercentage(target.register.percentage, language)})`}`,
                        target.register.how,
                      )
                    : t('common.noFigure')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      <SourceLine sources={progress.sources} />
    </>
  );
}
