// SPDX-License-Identifier: EUPL-1.2
/**
 * The values the weighing still needs (no data layer gives them), each with a small form to
 * enter it with its source. A missing value is never guessed: without it there is no ranking.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { RefusalAlert } from '../../locations/components/RefusalAlert.tsx';
import { parseNumber } from '../../locations/location-form.ts';
import { saveValue, type WeighingView } from '../api/siting-api.ts';

type Missing = WeighingView['missing'][number];

export type MissingValuesProps = { view: WeighingView; editable: boolean; onChange: (view: WeighingView) => void };

/** The list of missing values with their entry forms. */
export function MissingValues({ view, editable, onChange }: MissingValuesProps) {
  const { t } = useTranslation();
  if (view.missing.length === 0) {
    return null;
  }
  return (
    <section className="rt-section" aria-labelledby="missing-heading" data-testid="missing-values">
      <Heading level={2} id="missing-heading">
        {t('siting.missing.heading', { count: view.missing.length })}
      </Heading>
      <Paragraph>{t('siting.missing.intro')}</Paragraph>
      <ul className="rt-missing">
        {view.missing.map((missing) => (
          <li key={`${missing.locationId}-${missing.criterionId}`}>
            <MissingValue view={view} missing={missing} editable={editable} onChange={onChange} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MissingValue({ view, missing, editable, onChange }: { view: WeighingView; missing: Missing; editable: boolean; onChange: (view: WeighingView) => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const criterion = view.criteria.find((c) => c.id === missing.criterionId);
  const name = view.candidates.find((c) => c.location.id === missing.locationId)?.location.name ?? '';
  const label = criterion ? (language === 'nl' ? criterion.labelNl : criterion.labelEn) : missing.criterionId;
  const prefix = `value-${missing.locationId.slice(0, 8)}-${missing.criterionId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const number = parseNumber(value);
    try {
      onChange(await saveValue(view.scenario.id, missing.locationId, missing.criterionId, { value: number ?? Number.NaN, source: source.trim() }));
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    }
  };
  return (
    <form className="rt-form rt-form--inline" onSubmit={submit} noValidate aria-label={t('siting.missing.formLabel', { criterion: label, name })}>
      <Paragraph>
        <strong>{name}</strong>: {label}. {language === 'nl' ? missing.explain.nl : missing.explain.en}
      </Paragraph>
      {error ? <RefusalAlert ref={alertRef} error={error} /> : null}
      {editable ? (
        <div className="rt-form__row">
          <TextField id={`${prefix}-value`} name="value" label={t('siting.missing.value', { unit: criterion?.unit ?? '' })} value={value} onChange={setValue} />
          <TextField id={`${prefix}-source`} name="source" label={t('siting.missing.source')} value={source} onChange={setSource} />
          <Button type="submit" appearance="secondary-action-button">
            {t('siting.missing.save')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
