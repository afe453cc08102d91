// SPDX-License-Identifier: EUPL-1.2
/**
 * A municipality's own taakstelling page: its step on the province's ladder, its balance per
 * period with how each number was computed, and the realisations it recorded (with the entry
 * form for those allowed).
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { fetchMunicipalityBalances } from '../api/taakstelling-api.ts';
import { canDecideSupervision, canRecordRealisations } from '../permissions.ts';
import { MunicipalityBalances } from './MunicipalityBalances.tsx';
import { RealisationsSection } from './RealisationsSection.tsx';
import { SupervisionSection } from './SupervisionSection.tsx';
import './taakstelling.css';

/** The /gemeenten/GMxxxx/taakstelling page. */
export function MunicipalityTaakstellingPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { person } = useSession();
  const balances = useAsync(`municipality-balances:${code}`, (signal) => fetchMunicipalityBalances(code, signal));
  const [supervisionDone, setSupervisionDone] = useState(false);
  const onSupervisionDone = useCallback(() => setSupervisionDone(true), []);
  const municipality = balances.data?.municipality;
  useDocumentTitle(municipality ? t('taakstelling.municipality.title', { name: municipality.name }) : t('taakstelling.municipality.titleUnknown'));
  useReadySignal(balances.status === 'failed' || (balances.status === 'done' && supervisionDone));

  if (balances.status === 'loading') {
    return <Loading />;
  }
  if (balances.status === 'failed') {
    return (
      <>
        <Heading level={1}>{t('taakstelling.municipality.titleUnknown')}</Heading>
        <ProblemAlert error={balances.error} />
      </>
    );
  }
  const m = balances.data.municipality;
  const scope = { code: m.code, provinceCode: m.provinceCode };
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.taakstelling(m.provinceCode)}>{t('taakstelling.municipality.back', { province: m.provinceName })}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('taakstelling.municipality.title', { name: m.name })}</Heading>
      <Paragraph lead>{t('taakstelling.municipality.intro', { name: m.name })}</Paragraph>
      <Paragraph>
        <AppLink href={paths.municipality(m.code)}>{t('taakstelling.municipality.profile', { name: m.name })}</AppLink>
      </Paragraph>
      <SupervisionSection code={m.code} name={m.name} canDecide={canDecideSupervision(person, scope)} onSettled={onSupervisionDone} />
      <MunicipalityBalances balances={balances.data} />
      {canRecordRealisations(person, scope) ? <RealisationsSection code={m.code} name={m.name} /> : null}
    </>
  );
}
