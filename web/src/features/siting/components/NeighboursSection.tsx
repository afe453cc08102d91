// SPDX-License-Identifier: EUPL-1.2
/**
 * Across borders: for a chosen municipality, whether it has a good candidate (a weighted-sum score
 * of at least the threshold) and, if not, the locations in the municipalities that share its
 * border, best first; a registered location there can be added as candidate.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { parseNumber } from '../../locations/location-form.ts';
import { fetchMunicipalities } from '../../regions/api/regions-api.ts';
import { addCandidate, fetchNeighbours, type NeighboursView, type WeighingView } from '../api/siting-api.ts';

type Offered = NeighboursView['offered'][number];

export type NeighboursSectionProps = { view: WeighingView; editable: boolean; onChange: (view: WeighingView) => void };

/** The "across borders" form and its answer. */
export function NeighboursSection({ view, editable, onChange }: NeighboursSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const { id, provinceCode, municipalityCode } = view.scenario;
  const municipalities = useAsync(`municipalities:${provinceCode}`, (signal) => fetchMunicipalities(provinceCode, signal));
  const options = (municipalities.data?.items ?? []).map((m) => ({ value: m.code, label: m.name }));
  const [chosen, setChosen] = useState(municipalityCode ?? '');
  const [threshold, setThreshold] = useState('0,5');
  const [answer, setAnswer] = useState<NeighboursView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const code = chosen || options[0]?.value || '';
  const ask = async () => {
    setError(null);
    try {
      setAnswer(await fetchNeighbours(id, code, parseNumber(threshold) ?? 0.5));
    } catch (caught) {
      setAnswer(null);
      setError(caught);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await ask();
  };
  const add = async (locationId: string) => {
    try {
      onChange(await addCandidate(id, locationId));
      await ask();
    } catch (caught) {
      setError(caught);
    }
  };
  const score = (value: Offered['weightedSum']) => (value ? formatNumber(Math.round(value.score * 1000) / 1000, language) : '–');
  return (
    <section className="rt-section" aria-labelledby="neighbours-heading">
      <Heading level={2} id="neighbours-heading">
        {t('siting.neighbours.heading')}
      </Heading>
      <Paragraph>{t('siting.neighbours.intro')}</Paragraph>
      <form className="rt-filter" onSubmit={submit} aria-label={t('siting.neighbours.formLabel')} data-testid="neighbours-form">
        <div className="rt-filter__fields">
          <SelectField id="neighbours-municipality" name="municipality" label={t('siting.neighbours.municipality')} value={code} onChange={setChosen} options={options} />
          <TextField id="neighbours-threshold" name="threshold" label={t('siting.neighbours.threshold')} description={t('siting.neighbours.thresholdHint')} value={threshold} onChange={setThreshold} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            {t('siting.neighbours.submit')}
          </Button>
        </ButtonGroup>
      </form>
      {error ? <ProblemAlert error={error} /> : null}
      {answer ? (
        <div data-testid="neighbours-answer" aria-live="polite">
          <Paragraph>
            {t(`siting.neighbours.status.${answer.status}`, {
              municipality: answer.municipality.name,
              best: answer.best?.name ?? '',
              score: answer.best ? formatNumber(Math.round(answer.best.score * 1000) / 1000, language) : '',
              threshold: formatNumber(answer.threshold, language),
            })}
          </Paragraph>
          <Paragraph className="rt-muted">{t('siting.neighbours.borders', { names: answer.neighbours.map((n) => n.name).join(', ') || '–' })}</Paragraph>
          {answer.offered.length > 0 ? (
            <SortableTable<Offered>
              testId="neighbours-table"
              caption={t('siting.neighbours.caption', { municipality: answer.municipality.name })}
              label={t('siting.neighbours.caption', { municipality: answer.municipality.name })}
              sortedMessage={sortedMessage}
              rows={answer.offered}
              rowKey={(o) => o.locationId}
              columns={[
                { key: 'name', header: t('siting.ranking.candidate'), rowHeader: true, sortValue: (o) => o.name, cell: (o) => o.name },
                { key: 'municipality', header: t('locations.fields.municipality'), sortValue: (o) => o.municipalityName, cell: (o) => o.municipalityName },
                { key: 'capacity', header: t('locations.fields.capacity'), numeric: true, sortValue: (o) => o.capacity, cell: (o) => formatNumber(o.capacity, language) },
                { key: 'ws', header: t('siting.ranking.wsScore'), numeric: true, sortValue: (o) => o.weightedSum?.score ?? null, cell: (o) => score(o.weightedSum) },
                {
                  key: 'action',
                  header: t('siting.neighbours.action'),
                  cell: (o) =>
                    o.isCandidate ? (
                      t('siting.neighbours.isCandidate')
                    ) : editable ? (
                      <Button type="button" appearance="subtle-button" onClick={() => add(o.locationId)} aria-label={t('siting.neighbours.addNamed', { name: o.name })}>
                        {t('siting.candidates.add')}
                      </Button>
                    ) : (
                      t('siting.neighbours.notCandidate')
                    ),
                },
              ]}
            />
          ) : null}
          <Paragraph className="rt-muted">{answer.definition}</Paragraph>
        </div>
      ) : null}
    </section>
  );
}
