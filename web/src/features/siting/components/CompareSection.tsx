// SPDX-License-Identifier: EUPL-1.2
/**
 * Compare 2 to 4 candidates side by side: per criterion each one's value and where it came from,
 * then both scores and ranks. The scores are those of the whole scenario (the API keeps the
 * normalisation over all candidates), so comparing never changes them.
 */
import { Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormLabel, Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { fetchComparison, type WeighingView } from '../api/siting-api.ts';
import { breakdownOf, rankingRows } from '../ranking.ts';

/** The compare form and, once asked, the side-by-side table. */
export function CompareSection({ view }: { view: WeighingView }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [result, setResult] = useState<WeighingView | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (view.candidates.length < 2) {
    return null;
  }
  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setResult(await fetchComparison(view.scenario.id, chosen));
    } catch (caught) {
      setResult(null);
      setError(caught);
    }
  };
  return (
    <section className="rt-section" aria-labelledby="compare-heading">
      <Heading level={2} id="compare-heading">
        {t('siting.compare.heading')}
      </Heading>
      <form onSubmit={submit} data-testid="compare-form">
        <Fieldset>
          <FieldsetLegend>{t('siting.compare.legend')}</FieldsetLegend>
          {view.candidates.map(({ location }) => (
            <FormField type="checkbox" key={location.id}>
              <Checkbox id={`compare-${location.id}`} checked={chosen.includes(location.id)} onChange={() => toggle(location.id)} />
              <FormLabel htmlFor={`compare-${location.id}`} type="checkbox">
                {location.name}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" disabled={chosen.length < 2 || chosen.length > 4}>
            {t('siting.compare.submit')}
          </Button>
        </ButtonGroup>
        <Paragraph className="rt-muted">{t('siting.compare.hint')}</Paragraph>
      </form>
      {error ? <ProblemAlert error={error} /> : null}
      {result ? <CompareTable view={result} /> : null}
    </section>
  );
}

function CompareTable({ view }: { view: WeighingView }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const ranking = new Map(rankingRows(view).map((row) => [row.locationId, row]));
  const breakdowns = view.candidates.map((c) => ({ id: c.location.id, rows: new Map(breakdownOf(view, c.location.id).map((r) => [r.criterionId, r])) }));
  const cell = (value: number | null) => (value === null ? t('siting.breakdown.missing') : formatNumber(Math.round(value * 1000) / 1000, language));
  const caption = t('siting.compare.caption', { names: view.candidates.map((c) => c.location.name).join(', ') });
  return (
    <div className="rt-table" data-testid="compare-table">
      <ScrollRegion label={caption}>
        <Table>
          <TableCaption className="rt-table__caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('siting.breakdown.criterion')}</TableHeaderCell>
              {view.candidates.map((c) => (
                <TableHeaderCell scope="col" key={c.location.id}>
                  {c.location.name}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.criteria.map((criterion) => (
              <TableRow key={criterion.id}>
                <TableHeaderCell scope="row">{language === 'nl' ? criterion.labelNl : criterion.labelEn}</TableHeaderCell>
                {breakdowns.map((b) => {
                  const row = b.rows.get(criterion.id);
                  return (
                    <TableCell key={b.id}>
                      {cell(row?.value ?? null)} <span className="rt-muted">({t(`siting.origin.${row?.origin ?? 'missing'}`)})</span>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
            {(['weighted-sum', 'topsis'] as const).map((method) => (
              <TableRow key={method}>
                <TableHeaderCell scope="row">{t(`siting.compare.score.${method}`)}</TableHeaderCell>
                {view.candidates.map((c) => {
                  const scored = ranking.get(c.location.id)?.scores[method];
                  return <TableCell key={c.location.id}>{scored ? t('siting.compare.scoreLine', { score: formatNumber(Math.round(scored.score * 1000) / 1000, language), rank: scored.rank }) : '–'}</TableCell>;
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
    </div>
  );
}
