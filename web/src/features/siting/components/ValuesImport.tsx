// SPDX-License-Identifier: EUPL-1.2
/**
 * Values per candidate as a file: a link to the entered values as CSV, and an upload of such a
 * file (location_id, criterion_id, value, source, note). Checking only is the default; one bad
 * line refuses the whole file and every bad line is listed.
 */
import { Button, FormLabel, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fetchWeighing, importValues, valuesCsvHref, type WeighingView } from '../api/siting-api.ts';

type LineError = { line?: number; field?: string; message: string };

/** Import and export of the values entered per candidate. */
export function ValuesImport({ view, editable, onChange }: { view: WeighingView; editable: boolean; onChange: (view: WeighingView) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checkOnly, setCheckOnly] = useState(true);
  const [outcome, setOutcome] = useState<{ rows: number; imported: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const scenarioId = view.scenario.id;

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setOutcome(null);
    if (!file) {
      return;
    }
    try {
      const result = await importValues(scenarioId, await file.text(), file.name, checkOnly);
      setOutcome(result);
      if (result.imported > 0) {
        onChange(await fetchWeighing(scenarioId));
      }
    } catch (caught) {
      setError(caught);
    }
  };
  const lines = error instanceof ApiError && error.code === 'IMPORT_INVALID' ? ((error.problem.errors ?? []) as LineError[]) : [];

  return (
    <section className="rt-section" aria-labelledby="values-file-heading" data-testid="values-file">
      <Heading level={2} id="values-file-heading">
        {t('siting.valuesFile.heading')}
      </Heading>
      <Paragraph>{t('siting.valuesFile.intro')}</Paragraph>
      <Paragraph>
        <Link href={valuesCsvHref(scenarioId)}>{t('siting.valuesFile.export')}</Link>
      </Paragraph>
      {editable ? (
        <form onSubmit={(event) => void upload(event)} aria-label={t('siting.valuesFile.formLabel')}>
          <div className="rt-field">
            <FormLabel htmlFor={`${id}-file`}>{t('siting.valuesFile.file')}</FormLabel>
            <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </div>
          <label className="rt-radio" htmlFor={`${id}-check`}>
            <input id={`${id}-check`} type="checkbox" checked={checkOnly} onChange={(event) => setCheckOnly(event.target.checked)} />
            {t('siting.valuesFile.checkOnly')}
          </label>
          <Paragraph>
            <Button type="submit" appearance="secondary-action-button" disabled={!file}>
              {t('siting.valuesFile.submit')}
            </Button>
          </Paragraph>
        </form>
      ) : null}
      <div role="status">
        {outcome ? <Paragraph className="rt-notice">{t(outcome.imported > 0 ? 'siting.valuesFile.done' : 'siting.valuesFile.checked', { rows: outcome.rows })}</Paragraph> : null}
      </div>
      {error ? <ProblemAlert error={error} /> : null}
      {lines.length > 0 ? (
        <ul data-testid="values-file-errors">
          {lines.map((item) => (
            <li key={`${item.line ?? ''}:${item.field ?? ''}:${item.message}`}>{t('siting.valuesFile.lineError', { line: item.line ?? '?', field: item.field ?? '', message: item.message })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
