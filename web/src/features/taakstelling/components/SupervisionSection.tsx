// SPDX-License-Identifier: EUPL-1.2
/**
 * A municipality's step on the province's intervention ladder: the current step, the system's
 * proposal with its reasons, and the dated history (who, why, next deadline). Only a coordinator
 * of the province gets the form to move it one step.
 */
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { ladderSteps } from '../../../../../src/modules/taakstelling/domain/ladder.ts';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSettled } from '../use-settled.ts';
import { fetchMunicipalitySupervision } from '../api/taakstelling-api.ts';
import { DecideStepForm } from './DecideStepForm.tsx';

export type SupervisionSectionProps = { code: string; name: string; canDecide: boolean; onSettled: () => void };

/** The ladder of one municipality; `onSettled` once its first answer (or error) is in. */
export function SupervisionSection({ code, name, canDecide, onSettled }: SupervisionSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const supervision = useAsync(`supervision:${code}`, (signal) => fetchMunicipalitySupervision(code, signal));
  useSettled(supervision.status, onSettled);

  const body = () => {
    if (supervision.status === 'loading') {
      return <Loading />;
    }
    if (supervision.status === 'failed') {
      return <ProblemAlert error={supervision.error} />;
    }
    const { step, proposal, history } = supervision.data;
    const caption = t('taakstelling.supervision.historyCaption', { name });
    return (
      <>
        <Paragraph data-testid="ladder-step" data-step={step}>
          {t('taakstelling.supervision.current', { step: t(`taakstelling.ladder.${step}`) })}
        </Paragraph>
        <ol className="rt-ladder" aria-label={t('taakstelling.supervision.ladderLabel')}>
          {ladderSteps.map((candidate) => (
            <li key={candidate} className={`rt-ladder__step${candidate === step ? ' rt-ladder__step--current' : ''}`} aria-current={candidate === step ? 'step' : undefined}>
              {t(`taakstelling.ladder.${candidate}`)}
            </li>
          ))}
        </ol>
        <Heading level={3}>{t('taakstelling.supervision.proposalHeading')}</Heading>
        <Paragraph data-testid="ladder-proposal">
          {t('taakstelling.supervision.proposal', { step: t(`taakstelling.ladder.${proposal.step}`) })}
        </Paragraph>
        <ul lang="en">
          {proposal.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <Paragraph small>{t('taakstelling.supervision.proposalNote')}</Paragraph>
        <Heading level={3}>{t('taakstelling.supervision.historyHeading')}</Heading>
        {history.length === 0 ? (
          <Paragraph>{t('taakstelling.supervision.noHistory')}</Paragraph>
        ) : (
          <ScrollRegion label={caption}>
            <Table data-testid="ladder-history">
              <TableCaption className="rt-table__caption">{caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('taakstelling.supervision.decidedAt')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('taakstelling.supervision.change')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('taakstelling.supervision.decidedBy')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('taakstelling.supervision.rationale')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('taakstelling.supervision.nextDeadline')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {history.map((item) => (
                  <TableRow key={item.id}>
                    <TableHeaderCell scope="row">{formatDateTime(item.decidedAt, language)}</TableHeaderCell>
                    <TableCell>
                      {t('taakstelling.supervision.fromTo', { from: t(`taakstelling.ladder.${item.fromStep}`), to: t(`taakstelling.ladder.${item.toStep}`) })}
                    </TableCell>
                    <TableCell>{item.decidedByName ?? item.decidedBy}</TableCell>
                    <TableCell>{item.rationale}</TableCell>
                    <TableCell>{item.nextDeadline ? formatDate(item.nextDeadline, language) : t('taakstelling.supervision.noDeadline')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {canDecide ? (
          <DecideStepForm code={code} current={step} onDecided={supervision.reload} />
        ) : (
          <Paragraph small data-testid="ladder-readonly">
            {t('taakstelling.supervision.readOnly')}
          </Paragraph>
        )}
      </>
    );
  };

  return (
    <section className="rt-section" aria-labelledby="tk-supervision-heading">
      <Heading level={2} id="tk-supervision-heading">
        {t('taakstelling.supervision.heading')}
      </Heading>
      {body()}
    </section>
  );
}
