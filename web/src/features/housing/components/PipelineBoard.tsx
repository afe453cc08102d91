// SPDX-License-Identifier: EUPL-1.2
/** The pipeline board: projects in columns by their current phase. */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../api/housing-api.ts';

export const phases = ['initiative', 'planning', 'permit', 'construction', 'delivered'] as const;

export function PipelineBoard({ projects }: { projects: Project[] }) {
  const { t } = useTranslation();
  return (
    <section className="rt-section" aria-labelledby="pipeline-heading">
      <Heading level={2} id="pipeline-heading">
        {t('housing.pipeline.heading')}
      </Heading>
      <div className="rt-pipeline" data-testid="pipeline-board">
        {phases.map((phase) => {
          const inPhase = projects.filter((p) => p.currentPhase === phase);
          return (
            <section key={phase} className="rt-pipeline__column" aria-labelledby={`phase-${phase}`}>
              <Heading level={3} id={`phase-${phase}`}>
                {t(`housing.pipeline.phase.${phase}`)} ({inPhase.length})
              </Heading>
              {inPhase.length === 0 ? <Paragraph>{t('housing.pipeline.empty')}</Paragraph> : null}
              <ul className="rt-pipeline__list">
                {inPhase.map((p) => (
                  <li key={p.id} className="rt-pipeline__card">
                    <strong>{p.name}</strong>
                    <br />
                    {p.municipalityName}: {t('housing.pipeline.homes', { count: p.homesTotal, statusHolders: p.homes.statusHolders })}
                    {p.phases.delivered ? ` · ${t('housing.pipeline.phase.delivered')} ${p.phases.delivered}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </section>
  );
}
