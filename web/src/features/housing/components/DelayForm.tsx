// SPDX-License-Identifier: EUPL-1.2
/** Delay a phase of a project: it and the later phases move, and the forecast with them. */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { delayProject, type Project } from '../api/housing-api.ts';
import { phases } from './PipelineBoard.tsx';
import { SelectField } from './SelectField.tsx';

export function DelayForm({ projects, onSaved }: { projects: Project[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [phase, setPhase] = useState<string>('delivered');
  const [months, setMonths] = useState('3');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(false);
    try {
      await delayProject(projectId, phase, Math.round(Number(months)));
      setDone(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <form className="rt-form" onSubmit={submit} aria-labelledby="delay-form-heading">
      <Heading level={3} id="delay-form-heading">
        {t('housing.pipeline.delay')}
      </Heading>
      {error ? <ProblemAlert error={error} /> : null}
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('housing.pipeline.delayDone')}</Paragraph>
        </Alert>
      ) : null}
      <SelectField id="delay-project" label={t('housing.convert.name')} value={projectId} options={projects.map((p) => ({ value: p.id, label: `${p.name} (${p.municipalityName})` }))} onChange={setProjectId} />
      <SelectField id="delay-phase" label={t('housing.pipeline.delayPhase')} value={phase} options={phases.map((p) => ({ value: p, label: t(`housing.pipeline.phase.${p}`) }))} onChange={setPhase} />
      <TextField id="delay-months" name="months" label={t('housing.pipeline.delayMonths')} value={months} onChange={setMonths} required />
      <Button type="submit" appearance="secondary-action-button">
        {t('housing.pipeline.delaySubmit')}
      </Button>
    </form>
  );
}
