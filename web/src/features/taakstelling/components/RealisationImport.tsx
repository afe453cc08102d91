// SPDX-License-Identifier: EUPL-1.2
/**
 * Import of realisations from a CSV file. Checking comes first by default (nothing is written);
 * a file with one bad row is refused as a whole, and every bad row is listed with its line.
 */
import { Button, FormLabel, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { importRealisations, type ImportResult } from '../api/taakstelling-api.ts';

type LineError = { line?: number; field?: string; message: string };

function lineErrors(error: unknown): LineError[] {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_INVALID') {
    return [];
  }
  return (error.problem.errors ?? []) as LineError[];
}

/** File, "check only" choice and the outcome. `onImported` after a real (not dry) import. */
export function RealisationImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const outcome = await importRealisations(await file.text(), dryRun);
      setResult(outcome);
      if (!outcome.dryRun) {
        onImported();
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const errors = lineErrors(error);
  return (
    <form className="rt-section" onSubmit={(event) => void submit(event)} data-testid="realisation-import">
      <Heading level={3}>{t('taakstelling.import.heading')}</Heading>
      <Paragraph>{t('taakstelling.import.intro')}</Paragraph>
      <div className="rt-field">
        <FormLabel htmlFor={`${id}-file`}>{t('taakstelling.import.file')}</FormLabel>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </div>
      <label className="rt-radio" htmlFor={`${id}-dry`}>
        <input id={`${id}-dry`} type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
        {t('taakstelling.import.dryRun')}
      </label>
      <Paragraph>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy || !file}>
          {t('taakstelling.import.submit')}
        </Button>
      </Paragraph>
      <div role="status">
        {result ? (
          <Paragraph className="rt-notice">
            {t(result.dryRun ? 'taakstelling.import.checked' : 'taakstelling.import.done', {
              rows: result.rows,
              inserted: result.inserted,
              unchanged: result.unchanged,
              persons: result.persons,
            })}
          </Paragraph>
        ) : null}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {errors.length > 0 ? (
        <ul data-testid="import-errors">
          {errors.map((item) => (
            <li key={`${item.line ?? ''}:${item.field ?? ''}:${item.message}`}>
              {t('taakstelling.import.lineError', { line: item.line ?? '?', field: item.field ?? '', message: item.message })}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
