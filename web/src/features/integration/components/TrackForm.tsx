// SPDX-License-Identifier: EUPL-1.2
/**
 * Start a track, or change a track's dates. Mistakes are shown at the field at fault: first by the
 * same checks as the server (end before start), then by the server's problem if it still refuses.
 */
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { addTrack, updateTrack, type AddTrackInput, type Track } from '../api/integration-api.ts';
import { validateTrack, type FieldErrors, type TrackFields } from '../track-form.ts';

const kinds = ['language', 'education', 'work', 'civic_integration'] as const;
const workKinds = ['job', 'traineeship', 'volunteering'] as const;

export type TrackFormProps = {
  householdId: string;
  /** The track to change; without it the form starts a new one. */
  track?: Track;
  onSaved: (track: Track) => void;
  onCancel?: () => void;
};

export function TrackForm({ householdId, track, onSaved, onCancel }: TrackFormProps) {
  const { t } = useTranslation();
  const prefix = track ? `track-${track.id}` : 'track-new';
  const [fields, setFields] = useState<TrackFields>({
    kind: track?.kind ?? 'language',
    workKind: track?.workKind ?? '',
    startedOn: track?.startedOn ?? '',
    endedOn: track?.endedOn ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { errorOf, clear, save, busy, general } = useFormProblem(errors);
  const set = (name: keyof TrackFields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateTrack(fields);
    setErrors(found);
    clear();
    if (Object.keys(found).length > 0) {
      return;
    }
    await save(async () => {
      const endedOn = fields.endedOn === '' ? null : fields.endedOn;
      const saved = track
        ? await updateTrack(track.id, { startedOn: fields.startedOn, endedOn })
        : await addTrack(householdId, {
            kind: fields.kind as AddTrackInput['kind'],
            ...(fields.kind === 'work' ? { workKind: fields.workKind as NonNullable<AddTrackInput['workKind']> } : {}),
            startedOn: fields.startedOn,
            endedOn,
          });
      onSaved(saved);
    });
  };

  const headingId = `${prefix}-heading`;
  return (
    <form className="rt-form" onSubmit={(event) => void onSubmit(event)} aria-labelledby={headingId} noValidate data-testid={`${prefix}-form`}>
      <Heading level={3} id={headingId}>
        {track ? t('integration.tracks.editHeading', { kind: t(`integration.trackKinds.${track.kind}`) }) : t('integration.tracks.addHeading')}
      </Heading>
      {general ? <ProblemAlert error={general} /> : null}
      {track ? null : (
        <SelectField
          id={`${prefix}-kind`}
          name="kind"
          label={t('integration.tracks.kind')}
          value={fields.kind}
          options={kinds.map((kind) => ({ value: kind, label: t(`integration.trackKinds.${kind}`) }))}
          onChange={set('kind')}
        />
      )}
      {!track && fields.kind === 'work' ? (
        <SelectField
          id={`${prefix}-workKind`}
          name="workKind"
          label={t('integration.tracks.workKind')}
          value={fields.workKind}
          options={[{ value: '', label: t('integration.tracks.choose') }, ...workKinds.map((kind) => ({ value: kind, label: t(`integration.workKinds.${kind}`) }))]}
          onChange={set('workKind')}
          errorMessage={errorOf('workKind')}
        />
      ) : null}
      <TextField id={`${prefix}-startedOn`} name="startedOn" type="date" label={t('integration.tracks.startedOn')} value={fields.startedOn} onChange={set('startedOn')} errorMessage={errorOf('startedOn')} required />
      <TextField
        id={`${prefix}-endedOn`}
        name="endedOn"
        type="date"
        label={t('integration.tracks.endedOn')}
        description={t('integration.tracks.endedOnHelp')}
        value={fields.endedOn}
        onChange={set('endedOn')}
        errorMessage={errorOf('endedOn')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {track ? t('integration.tracks.saveChange') : t('integration.tracks.add')}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
