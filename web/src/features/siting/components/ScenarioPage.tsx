// SPDX-License-Identifier: EUPL-1.2
/**
 * One weighing (/afwegingen/:id): its candidates, the weights with why each criterion counts and
 * where its values come from, the values still missing, both methods' ranking with breakdown and
 * sensitivity, a side-by-side comparison, and the printable decision memo.
 */
import { Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { grantCovers } from '../../auth/permissions.ts';
import { fetchWeighing, memoHref, saveWeights, type WeighingView } from '../api/siting-api.ts';
import { CandidatesSection } from './CandidatesSection.tsx';
import { CompareSection } from './CompareSection.tsx';
import { MissingValues } from './MissingValues.tsx';
import { NeighboursSection } from './NeighboursSection.tsx';
import { RankingSection } from './RankingSection.tsx';
import { ValuesImport } from './ValuesImport.tsx';
import { WeightsForm } from './WeightsForm.tsx';

/** The scenario page. */
export function ScenarioPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useAsync(`scenario:${id}`, (signal) => fetchWeighing(id, signal));
  const [latest, setLatest] = useState<WeighingView | null>(null);
  const view = latest?.scenario.id === id ? latest : loaded.data;
  useDocumentTitle(view?.scenario.name ?? (loaded.status === 'failed' ? t('siting.page.notFound') : undefined));
  useReadySignal(loaded.status !== 'loading');
  if (loaded.status === 'loading') {
    return <Loading />;
  }
  if (!view) {
    return (
      <>
        <Heading level={1}>{t('siting.page.notFound')}</Heading>
        <ProblemAlert error={loaded.error} />
        <Paragraph>
          <AppLink href={paths.scenarios}>{t('siting.back')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return <ScenarioContent view={view} onChange={setLatest} />;
}

function ScenarioContent({ view, onChange }: { view: WeighingView; onChange: (view: WeighingView) => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const { person } = useSession();
  const { scenario } = view;
  const editable =
    person !== null &&
    (grantCovers(person, 'province_coordinator', scenario.provinceCode) ||
      (scenario.municipalityCode !== null && grantCovers(person, 'municipal_officer', scenario.municipalityCode)));
  const weightsKey = view.criteria.map((c) => `${c.id}:${c.weight}`).join('|');
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.scenarios}>{t('siting.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{scenario.name}</Heading>
      <Paragraph lead>
        {t(scenario.municipalityName ? 'siting.page.introMunicipality' : 'siting.page.introProvince', {
          area: scenario.municipalityName ?? scenario.provinceName,
          date: formatDate(scenario.referenceDate, language),
          seed: scenario.seed,
        })}
      </Paragraph>
      {scenario.description ? <Paragraph>{scenario.description}</Paragraph> : null}
      <Paragraph>
        <Link href={memoHref(scenario.id, language)} data-testid="memo-link">
          {t('siting.page.memo')}
        </Link>
      </Paragraph>
      <CandidatesSection view={view} editable={editable} onChange={onChange} />
      <WeightsForm key={weightsKey} view={view} editable={editable} onSave={async (weights) => onChange(await saveWeights(scenario.id, weights))} />
      <MissingValues view={view} editable={editable} onChange={onChange} />
      <ValuesImport view={view} editable={editable} onChange={onChange} />
      <RankingSection view={view} />
      <CompareSection view={view} />
      <NeighboursSection view={view} editable={editable} onChange={onChange} />
      <section className="rt-section" aria-labelledby="cost-reference-heading">
        <Heading level={2} id="cost-reference-heading">
          {t('siting.costReference.heading')}
        </Heading>
        <ul>
          {view.costReference.map((ref) => (
            <li key={`${ref.year}-${ref.receptionKind}`}>
              {t('siting.costReference.line', { kind: t(`siting.costReference.kind.${ref.receptionKind}`, { defaultValue: ref.receptionKind }), amount: formatNumber(ref.eurPerResidentPerYear, language), year: ref.year })}
            </li>
          ))}
        </ul>
        <Paragraph className="rt-muted">{t('siting.costReference.note')}</Paragraph>
        <SourceLine sources={view.sources} />
      </section>
    </>
  );
}
