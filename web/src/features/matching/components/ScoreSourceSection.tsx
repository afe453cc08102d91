// SPDX-License-Identifier: EUPL-1.2
/**
 * Where the scores come from: the documented formula with its weights, or a score matrix from an
 * external predictive model, named as its importer named it. A draft proposal can import a matrix
 * (CSV or JSON; checking first by default) or remove it; every refused line is listed.
 */
import { Button, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDateTime, localeOf } from '../../../lib/format.ts';
import { useAction } from '../use-action.ts';
import { fetchProposal, importScoreMatrix, removeScoreMatrix, type ProposalView, type ScoreMatrixImportResult } from '../api/matching-api.ts';

type LineError = { file?: string; line?: number; field?: string; message: string };

function lineErrors(error: unknown): LineError[] {
  return error instanceof ApiError && error.code === 'IMPORT_INVALID' ? ((error.problem.errors ?? []) as LineError[]) : [];
}

export type ScoreSourceSectionProps = { proposal: ProposalView; onChanged: (next: ProposalView) => void };

export function ScoreSourceSection({ proposal, onChanged }: ScoreSourceSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const used = proposal.result?.scoreSource;
  const weights = proposal.weights;
  const sum = weights.labour + weights.ties + weights.care + weights.dwelling;
  const share = (value: number) => new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(sum > 0 ? value / sum : 0);
  return (
    <section className="rt-section" aria-labelledby="pl-scores-heading" data-testid="score-source">
      <Heading level={3} id="pl-scores-heading">
        {t('matching.scores.heading')}
      </Heading>
      {used?.kind === 'imported' ? (
        <Paragraph>{t('matching.scores.imported', { source: used.source ?? '', when: used.importedAt ? formatDateTime(used.importedAt, language) : '' })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('matching.scores.formula')}</Paragraph>
          <p>
            <code>{t('matching.scores.formulaText', { labour: share(weights.labour), ties: share(weights.ties), care: share(weights.care), dwelling: share(weights.dwelling) })}</code>
          </p>
        </>
      )}
      {proposal.scoreMatrix ? (
        <Paragraph className="rt-notice" data-testid="score-matrix">
          {t('matching.scores.matrix', {
            source: proposal.scoreMatrix.source,
            file: proposal.scoreMatrix.file,
            pairs: proposal.scoreMatrix.pairs,
            who: proposal.scoreMatrix.importedByName ?? t('matching.proposal.unknownPerson'),
            when: formatDateTime(proposal.scoreMatrix.importedAt, language),
          })}
        </Paragraph>
      ) : null}
      {proposal.status === 'draft' ? <ScoreImportForm proposal={proposal} onChanged={onChanged} /> : null}
    </section>
  );
}

function ScoreImportForm({ proposal, onChanged }: ScoreSourceSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [dryRun, setDryRun] = useState(true);
  const action = useAction();
  const busy = action.busy !== null;
  const error = action.error;
  const [outcome, setOutcome] = useState<ScoreMatrixImportResult | null>(null);
  const run = async (work: () => Promise<ScoreMatrixImportResult | null>) => {
    setOutcome(null);
    await action.run(async () => {
      const done = await work();
      setOutcome(done);
      if (!done?.dryRun) {
        onChanged(await fetchProposal(proposal.id));
      }
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      void run(async () => importScoreMatrix(proposal.id, { name: file.name, content: await file.text() }, source, dryRun));
    }
  };
  const errors = lineErrors(error);
  const sourceError = error instanceof ApiError && error.problem.field?.includes('source') ? error.problem.title : undefined;
  return (
    <form onSubmit={submit} data-testid="score-import">
      <Heading level={4}>{t('matching.import.heading')}</Heading>
      <Paragraph>{t('matching.import.intro')}</Paragraph>
      <div className="rt-field">
        <FormLabel htmlFor={`${id}-file`}>{t('matching.import.file')}</FormLabel>
        <input id={`${id}-file`} type="file" accept=".csv,.json,text/csv,application/json" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <TextField id={`${id}-source`} name="source" label={t('matching.import.source')} description={t('matching.import.sourceHelp')} value={source} onChange={setSource} errorMessage={sourceError} maxLength={300} />
      <label className="rt-radio" htmlFor={`${id}-dry`}>
        <input id={`${id}-dry`} type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
        {t('matching.import.dryRun')}
      </label>
      <div className="rt-actions">
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy || !file}>
          {t('matching.import.submit')}
        </Button>
        {proposal.scoreMatrix ? (
          <Button appearance="subtle-button" disabled={busy} onClick={() => void run(async () => (await removeScoreMatrix(proposal.id), null))}>
            {t('matching.import.remove')}
          </Button>
        ) : null}
      </div>
      <div role="status">
        {outcome ? <Paragraph className="rt-notice">{t(outcome.dryRun ? 'matching.import.checked' : 'matching.import.done', { pairs: outcome.pairs, forbidden: outcome.forbidden, households: outcome.households })}</Paragraph> : null}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {errors.length > 0 ? (
        <ul data-testid="score-import-errors">
          {errors.map((item) => (
            <li key={`${item.line ?? ''}:${item.field ?? ''}:${item.message}`}>
              {t('matching.import.lineError', { line: item.line ?? '—', field: item.field ?? '', message: item.message })}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
