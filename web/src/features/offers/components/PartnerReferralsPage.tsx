// SPDX-License-Identifier: EUPL-1.2
/**
 * /aanbod/doorverwijzingen: the referrals to the partner's own offers. The partner sees each
 * household's pseudonym and only what its offer asks for, never other households; the server
 * filters and logs each pseudonym shown. The municipality records the uptake.
 */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchReferrals } from '../api/offers-api.ts';
import { ReferralsTable } from './ReferralsTable.tsx';
import '../../integration/components/integration.css';

export function PartnerReferralsPage() {
  const { t } = useTranslation();
  const state = useAsync('partner-referrals', (signal) => fetchReferrals(signal));
  useDocumentTitle(t('offers.partnerReferrals.title'));
  useReadySignal(state.status !== 'loading');
  return (
    <>
      <Heading level={1}>{t('offers.partnerReferrals.title')}</Heading>
      <Paragraph lead>{t('offers.partnerReferrals.intro')}</Paragraph>
      <Paragraph>{t('offers.partnerReferrals.privacy')}</Paragraph>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <ProblemAlert error={state.error} /> : null}
      {state.status === 'done' && state.data.items.length === 0 ? <Paragraph>{t('offers.referrals.none')}</Paragraph> : null}
      {state.status === 'done' && state.data.items.length > 0 ? <ReferralsTable referrals={state.data.items} showNeeds /> : null}
    </>
  );
}
