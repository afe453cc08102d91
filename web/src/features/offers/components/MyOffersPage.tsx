// SPDX-License-Identifier: EUPL-1.2
/**
 * /aanbod: a partner's own offers (vacancies, traineeships, courses, activities, buddies), the
 * form to enter a new one or change one, and the uptake of the referrals per offer.
 */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchOffers, fetchUptake, type Offer, type Uptake } from '../api/offers-api.ts';
import { OfferForm } from './OfferForm.tsx';
import { referralStatuses } from './ReferralsTable.tsx';
import '../../integration/components/integration.css';

type UptakeRow = Uptake['offers'][number];

function UptakeTable({ uptake }: { uptake: Uptake }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const columns: Column<UptakeRow>[] = [
    { key: 'title', header: t('offers.uptake.offer'), cell: (r) => r.title, sortValue: (r) => r.title, rowHeader: true },
    { key: 'total', header: t('offers.uptake.total'), cell: (r) => formatNumber(r.total, language), sortValue: (r) => r.total, numeric: true },
    ...referralStatuses.map((status) => ({
      key: status,
      header: t(`offers.statuses.${status}`),
      cell: (r: UptakeRow) => formatNumber(r.counts[status], language),
      sortValue: (r: UptakeRow) => r.counts[status],
      numeric: true,
    })),
  ];
  const caption = t('offers.uptake.caption');
  return (
    <section className="rt-section" aria-labelledby="uptake-heading">
      <Heading level={2} id="uptake-heading">
        {t('offers.uptake.heading')}
      </Heading>
      {uptake.offers.length === 0 ? (
        <Paragraph>{t('offers.uptake.none')}</Paragraph>
      ) : (
        <SortableTable
          caption={caption}
          label={caption}
          columns={columns}
          rows={uptake.offers}
          rowKey={(r) => r.offerId}
          sortedMessage={sortedMessage}
          testId="uptake"
          footer={
            <div className="rt-source">
              <p className="rt-source__line">{t('integration.formula', { formula: uptake.formula })}</p>
              <p className="rt-source__line">{t('source.line', { text: t('offers.uptake.source') })}</p>
            </div>
          }
        />
      )}
    </section>
  );
}

export function MyOffersPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Offer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const state = useAsync('my-offers', async (signal) => {
    const [offers, uptake] = await Promise.all([fetchOffers(true, signal), fetchUptake(signal)]);
    return { offers: offers.items, uptake };
  });
  useDocumentTitle(t('offers.mine.title'));
  useReadySignal(state.status !== 'loading');
  const saved = (message: string) => {
    setEditing(null);
    setNotice(message);
    state.reload();
  };

  return (
    <>
      <Heading level={1}>{t('offers.mine.title')}</Heading>
      <Paragraph lead>{t('offers.mine.intro')}</Paragraph>
      <Paragraph>
        <AppLink href={paths.partnerReferrals}>{t('offers.mine.toReferrals')}</AppLink>
      </Paragraph>
      {notice ? (
        <Alert type="ok" role="status" className="rt-alert" data-testid="offers-notice">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <ProblemAlert error={state.error} /> : null}
      {state.status === 'done' ? (
        <>
          <section className="rt-section" aria-labelledby="offers-heading">
            <Heading level={2} id="offers-heading">
              {t('offers.mine.listHeading', { count: state.data.offers.length })}
            </Heading>
            {state.data.offers.length === 0 ? (
              <Paragraph>{t('offers.mine.none')}</Paragraph>
            ) : (
              <ul className="rt-cards" data-testid="my-offers">
                {state.data.offers.map((offer) => (
                  <li key={offer.id} className="rt-card">
                    <Heading level={3}>{offer.title}</Heading>
                    <Paragraph>
                      {t(`offers.kinds.${offer.kind}`)}
                      {offer.places !== null ? ` · ${t('offers.mine.places', { count: offer.places })}` : ''}
                      {' · '}
                      {offer.active ? t('offers.mine.active') : t('offers.mine.inactive')}
                    </Paragraph>
                    {offer.description ? <Paragraph>{offer.description}</Paragraph> : null}
                    <Button appearance="secondary-action-button" onClick={() => setEditing(offer)} aria-label={t('offers.mine.editOne', { title: offer.title })}>
                      {t('offers.mine.edit')}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {editing ? (
            <OfferForm key={editing.id} offer={editing} onCancel={() => setEditing(null)} onSaved={(offer) => saved(t('offers.mine.changed', { title: offer.title }))} />
          ) : (
            <OfferForm key="new" onSaved={(offer) => saved(t('offers.mine.created', { title: offer.title }))} />
          )}
          <UptakeTable uptake={state.data.uptake} />
        </>
      ) : null}
    </>
  );
}
