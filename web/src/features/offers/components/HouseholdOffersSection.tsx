// SPDX-License-Identifier: EUPL-1.2
/**
 * On a household's page: the partner offers that fit it, best first, each with the reasons; a
 * "refer" button records a referral; the referrals of this household with their uptake, which the
 * municipality keeps up to date.
 */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchOfferMatches, fetchReferrals, referHousehold } from '../api/offers-api.ts';
import { ReasonList } from './ReasonList.tsx';
import { ReferralsTable } from './ReferralsTable.tsx';

export type HouseholdOffersSectionProps = {
  householdId: string;
  pseudonym: string;
  /** Only the household's municipality refers and keeps referrals (COA reads the matches only). */
  canRefer: boolean;
  onSettled: () => void;
};

export function HouseholdOffersSection({ householdId, pseudonym, canRefer, onSettled }: HouseholdOffersSectionProps) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const state = useAsync(`household-offers:${householdId}:${round}`, async (signal) => {
    const [matches, referrals] = await Promise.all([fetchOfferMatches(householdId, signal), canRefer ? fetchReferrals(signal) : null]);
    return { matches, referrals: referrals?.items.filter((referral) => referral.householdId === householdId) ?? [] };
  });
  useEffect(() => {
    if (state.status !== 'loading') {
      onSettled();
    }
  }, [state.status, onSettled]);

  const refer = async (offerId: string, title: string) => {
    setBusy(offerId);
    setFailure(null);
    try {
      await referHousehold(offerId, householdId);
      setNotice(t('offers.match.referred', { pseudonym, title }));
      setRound((value) => value + 1);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section className="rt-section" aria-labelledby="matches-heading">
        <Heading level={2} id="matches-heading">
          {t('offers.match.heading')}
        </Heading>
        <Paragraph>{t('offers.match.intro')}</Paragraph>
        {notice ? (
          <Alert type="ok" role="status" className="rt-alert" data-testid="referral-notice">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        {failure ? <ProblemAlert error={failure} /> : null}
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'failed' ? <ProblemAlert error={state.error} /> : null}
        {state.status === 'done' && state.data.matches.items.length === 0 ? <Paragraph>{t('offers.match.none')}</Paragraph> : null}
        {state.status === 'done' && state.data.matches.items.length > 0 ? (
          <ol className="rt-cards" data-testid="offer-matches">
            {state.data.matches.items.map(({ offer, reasons }) => {
              const referred = state.data.referrals.some((referral) => referral.offerId === offer.id);
              return (
                <li key={offer.id} className="rt-card" data-testid="offer-match">
                  <Heading level={3}>{offer.title}</Heading>
                  <Paragraph>
                    {t('offers.match.by', { organisation: offer.organisation.name, kind: t(`offers.kinds.${offer.kind}`) })}
                  </Paragraph>
                  {offer.description ? <Paragraph>{offer.description}</Paragraph> : null}
                  <Paragraph>{t('offers.match.why')}</Paragraph>
                  <ReasonList reasons={reasons} />
                  {!canRefer ? null : referred ? (
                    <Paragraph className="rt-muted">{t('offers.match.already')}</Paragraph>
                  ) : (
                    <Button
                      appearance="primary-action-button"
                      disabled={busy !== null}
                      onClick={() => void refer(offer.id, offer.title)}
                      aria-label={t('offers.match.referOne', { pseudonym, title: offer.title })}
                    >
                      {t('offers.match.refer')}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        ) : null}
      </section>
      {state.status === 'done' && canRefer ? (
        <section className="rt-section" aria-labelledby="household-referrals-heading">
          <Heading level={2} id="household-referrals-heading">
            {t('offers.referrals.householdHeading')}
          </Heading>
          {state.data.referrals.length === 0 ? (
            <Paragraph>{t('offers.referrals.none')}</Paragraph>
          ) : (
            <ReferralsTable referrals={state.data.referrals} canRecordUptake onChanged={() => setRound((value) => value + 1)} />
          )}
        </section>
      ) : null}
    </>
  );
}
