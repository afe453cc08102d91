// SPDX-License-Identifier: EUPL-1.2
/**
 * A province coordinator's entry for reception places (opportunity 1): a new places target for a
 * safety region, the province or a municipality, always with its source; and a count of places at
 * a location on a date (the realised places until the locations register has them). The server
 * checks the scope again (taakstelling.policy.ts).
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { createReceptionTarget, recordPlaceCount } from '../api/taakstelling-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { SaveStatus, SourceFields, sourceOf } from './EntryFormParts.tsx';
import { useSave } from './use-save.ts';

const scopeKinds = ['province', 'safety_region', 'municipality'] as const;
const targetKinds = ['structural', 'emergency', 'total'] as const;
const countKinds = ['structural', 'emergency'] as const;

export type ReceptionEntryFormsProps = { provinceCode: string; onSaved: () => void };

export function ReceptionEntryForms({ provinceCode, onSaved }: ReceptionEntryFormsProps) {
  const { t } = useTranslation();
  const id = useId();
  const target = useSave();
  const count = useSave();
  const [draft, setDraft] = useState({
    scopeKind: 'province',
    scopeCode: provinceCode,
    kind: 'structural',
    places: '',
    periodLabel: '',
    publisher: '',
    title: '',
    url: '',
  });
  const [counted, setCounted] = useState({ municipalityCode: '', kind: 'structural', locationReference: '', countedOn: '', places: '' });
  const setTarget = (key: keyof typeof draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const setCount = (key: keyof typeof counted) => (value: string) => setCounted((current) => ({ ...current, [key]: value }));
  const label = (key: string) => t(`taakstelling.receptionForms.${key}`);

  const submitTarget = (event: FormEvent) => {
    event.preventDefault();
    void target.run(async () => {
      await createReceptionTarget({
        scopeKind: draft.scopeKind,
        scopeCode: draft.scopeCode.trim(),
        kind: draft.kind,
        places: Number(draft.places),
        periodLabel: draft.periodLabel,
        source: sourceOf(draft),
      });
      onSaved();
      return t('taakstelling.receptionForms.targetSaved', { places: draft.places, scope: draft.scopeCode.trim() });
    });
  };
  const submitCount = (event: FormEvent) => {
    event.preventDefault();
    void count.run(async () => {
      await recordPlaceCount({
        municipalityCode: counted.municipalityCode.trim(),
        kind: counted.kind,
        locationReference: counted.locationReference,
        countedOn: counted.countedOn,
        places: Number(counted.places),
      });
      onSaved();
      return t('taakstelling.receptionForms.countSaved', { places: counted.places, location: counted.locationReference });
    });
  };

  return (
    <div data-testid="reception-entry">
      <form className="rt-narrow" onSubmit={submitTarget} noValidate data-testid="reception-target-form">
        <Heading level={3}>{label('targetHeading')}</Heading>
        <SaveStatus save={target} />
        <SelectField
          id={`${id}-scope-kind`}
          name="scopeKind"
          label={label('scopeKind')}
          value={draft.scopeKind}
          options={scopeKinds.map((kind) => ({ value: kind, label: t(`taakstelling.reception.scopeKind.${kind}`) }))}
          onChange={setTarget('scopeKind')}
        />
        <TextField id={`${id}-scope-code`} name="scopeCode" label={label('scopeCode')} description={label('scopeCodeHint')} value={draft.scopeCode} onChange={setTarget('scopeCode')} required errorMessage={target.fieldError('scopeCode')} />
        <SelectField
          id={`${id}-kind`}
          name="kind"
          label={label('kind')}
          value={draft.kind}
          options={targetKinds.map((kind) => ({ value: kind, label: t(`taakstelling.reception.kinds.${kind}`) }))}
          onChange={setTarget('kind')}
        />
        <TextField id={`${id}-places`} name="places" type="number" label={label('places')} value={draft.places} onChange={setTarget('places')} required errorMessage={target.fieldError('places')} />
        <TextField id={`${id}-period-label`} name="periodLabel" label={label('periodLabel')} description={label('periodLabelHint')} value={draft.periodLabel} onChange={setTarget('periodLabel')} required errorMessage={target.fieldError('periodLabel')} />
        <SourceFields id={id} value={draft} onChange={setTarget} save={target} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={target.busy} disabled={target.busy}>
            {label('targetSubmit')}
          </Button>
        </Paragraph>
      </form>
      <form className="rt-narrow" onSubmit={submitCount} noValidate data-testid="place-count-form">
        <Heading level={3}>{label('countHeading')}</Heading>
        <Paragraph>{label('countIntro')}</Paragraph>
        <SaveStatus save={count} />
        <TextField id={`${id}-municipality`} name="municipalityCode" label={label('municipalityCode')} description={label('municipalityCodeHint')} value={counted.municipalityCode} onChange={setCount('municipalityCode')} required errorMessage={count.fieldError('municipalityCode')} />
        <SelectField
          id={`${id}-count-kind`}
          name="countKind"
          label={label('kind')}
          value={counted.kind}
          options={countKinds.map((kind) => ({ value: kind, label: t(`taakstelling.reception.kinds.${kind}`) }))}
          onChange={setCount('kind')}
        />
        <TextField id={`${id}-location`} name="locationReference" label={label('location')} value={counted.locationReference} onChange={setCount('locationReference')} required errorMessage={count.fieldError('locationReference')} />
        <TextField id={`${id}-counted-on`} name="countedOn" type="date" label={label('countedOn')} value={counted.countedOn} onChange={setCount('countedOn')} required errorMessage={count.fieldError('countedOn')} />
        <TextField id={`${id}-count-places`} name="countPlaces" type="number" label={label('countPlaces')} value={counted.places} onChange={setCount('places')} required errorMessage={count.fieldError('places')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={count.busy} disabled={count.busy}>
            {label('countSubmit')}
          </Button>
        </Paragraph>
      </form>
    </div>
  );
}
