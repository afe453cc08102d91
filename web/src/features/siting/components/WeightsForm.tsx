// SPDX-License-Identifier: EUPL-1.2
/**
 * The weights of a scenario: one number field per criterion (keyboard: type, or arrow keys to
 * step), with its share of the total as the methods use it, its direction, why it counts (from
 * the advice) and where its values come from. Applying sends all weights at once.
 */
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { localeOf } from '../../../lib/format.ts';
import { RefusalAlert } from '../../locations/components/RefusalAlert.tsx';
import type { Criterion, WeighingView } from '../api/siting-api.ts';
import { weightShares } from '../ranking.ts';

export type WeightsFormProps = { view: WeighingView; editable: boolean; onSave: (weights: Record<string, number>) => Promise<void> };

/** The weights table with a number input per criterion. */
export function WeightsForm({ view, editable, onSave }: WeightsFormProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const [typed, setTyped] = useState<Record<string, string>>(() => Object.fromEntries(view.criteria.map((c) => [c.id, String(c.weight)])));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const numbers = Object.fromEntries(Object.entries(typed).map(([id, text]) => [id, Number(text.replace(',', '.'))]));
  const shares = weightShares(numbers);
  const label = (c: Criterion) => (language === 'nl' ? c.labelNl : c.labelEn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await onSave(numbers);
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };
  const invalidField = error instanceof ApiError ? error.problem.field : undefined;

  return (
    <form onSubmit={submit} noValidate data-testid="weights-form" aria-labelledby="weights-heading">
      <Heading level={2} id="weights-heading">
        {t('siting.weights.heading')}
      </Heading>
      <p>{t('siting.weights.intro')}</p>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      <ul className="rt-criteria">
        {view.criteria.map((c) => (
          <li key={c.id} className="rt-criteria__item" data-criterion={c.id}>
            <div className="rt-criteria__weight">
              <label htmlFor={`weight-${c.id}`} className="rt-criteria__label">
                {label(c)}
              </label>
              <input
                id={`weight-${c.id}`}
                name={c.id}
                className="utrecht-textbox utrecht-textbox--html-input rt-criteria__input"
                type="number"
                min={0}
                max={1000}
                step={1}
                inputMode="decimal"
                value={typed[c.id] ?? ''}
                disabled={!editable}
                aria-invalid={invalidField?.includes(c.id) ? true : undefined}
                aria-describedby={`weight-${c.id}-about`}
                onChange={(event) => setTyped((current) => ({ ...current, [c.id]: event.target.value }))}
              />
              <span className="rt-criteria__share" data-testid={`share-${c.id}`}>
                {t('siting.weights.share', { share: ((shares[c.id] ?? 0) * 100).toLocaleString(localeOf(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}
              </span>
            </div>
            <div id={`weight-${c.id}-about`} className="rt-criteria__about">
              <p>
                {t(`siting.direction.${c.direction}`)} · {t('siting.weights.unit', { unit: c.unit })}
              </p>
              <details>
                <summary>{t('siting.weights.why')}</summary>
                <p>{language === 'nl' ? c.rationaleNl : c.rationaleEn}</p>
              </details>
              <p className="rt-muted">{t('siting.weights.source', { source: c.dataSource })}</p>
            </div>
          </li>
        ))}
      </ul>
      {editable ? (
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('siting.weights.apply')}
          </Button>
        </ButtonGroup>
      ) : null}
    </form>
  );
}
