// SPDX-License-Identifier: EUPL-1.2
/**
 * Referrals as a table: the pseudonym, the offer, the dates and the uptake. The municipality
 * changes the uptake here; a partner sees, besides the pseudonym, only what its offer asks for.
 */
import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import { recordUptake, type Referral, type ReferralStatus } from '../api/offers-api.ts';
import { parseReason } from '../reasons.ts';
import { ReasonList } from './ReasonList.tsx';

export const referralStatuses: readonly ReferralStatus[] = ['referred', 'accepted', 'started', 'completed', 'declined', 'withdrawn'];

export type ReferralsTableProps = {
  referrals: Referral[];
  /** The municipality's view: a status control per referral. */
  canRecordUptake?: boolean;
  /** The partner's view: what the referral shares about the household. */
  showNeeds?: boolean;
  onChanged?: () => void;
};

function UptakeControl({ referral, onChanged }: { referral: Referral; onChanged?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReferralStatus>(referral.status);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const id = `uptake-${referral.id}`;
  const save = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await recordUptake(referral.id, status);
      onChanged?.();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="rt-uptake">
      <label htmlFor={id} className="rt-visually-hidden">
        {t('offers.referrals.statusFor', { pseudonym: referral.pseudonym, title: referral.offerTitle })}
      </label>
      <select id={id} className="utrecht-select utrecht-select--html-select" value={status} onChange={(event) => setStatus(event.target.value as ReferralStatus)}>
        {referralStatuses.map((value) => (
          <option key={value} value={value}>
            {t(`offers.statuses.${value}`)}
          </option>
        ))}
      </select>
      <Button appearance="secondary-action-button" disabled={busy || status === referral.status} onClick={() => void save()}>
        {t('offers.referrals.saveStatus')}
      </Button>
      {failure ? <ProblemAlert error={failure} /> : null}
    </div>
  );
}

export function ReferralsTable({ referrals, canRecordUptake = false, showNeeds = false, onChanged }: ReferralsTableProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const caption = t('offers.referrals.caption', { count: referrals.length });
  const needsText = (needs: Referral['needs']) => {
    const parts = [
      needs.dutchLevel !== undefined ? t('offers.needs.dutchLevel', { value: needs.dutchLevel ?? t('offers.needs.unknown') }) : null,
      needs.iscedLevel !== undefined ? t('offers.needs.iscedLevel', { value: needs.iscedLevel ?? t('offers.needs.unknown') }) : null,
      needs.iscoGroup !== undefined ? t('offers.needs.iscoGroup', { value: needs.iscoGroup ?? t('offers.needs.unknown') }) : null,
    ].filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join('; ') : t('offers.needs.nothing');
  };
  return (
    <ScrollRegion label={caption}>
      <Table className="rt-table" data-testid="referrals">
        <TableCaption className="rt-table__caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('offers.referrals.pseudonym')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('offers.referrals.offer')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('offers.referrals.referredOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('offers.referrals.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('offers.referrals.reasons')}</TableHeaderCell>
            {showNeeds ? <TableHeaderCell scope="col">{t('offers.referrals.needs')}</TableHeaderCell> : null}
            {canRecordUptake ? <TableHeaderCell scope="col">{t('offers.referrals.uptake')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {referrals.map((referral) => (
            <TableRow key={referral.id} data-testid="referral-row">
              <TableHeaderCell scope="row">{referral.pseudonym}</TableHeaderCell>
              <TableCell>{referral.offerTitle}</TableCell>
              <TableCell>{formatDate(referral.referredOn, language)}</TableCell>
              <TableCell>{t('offers.referrals.statusOn', { status: t(`offers.statuses.${referral.status}`), date: formatDate(referral.statusOn, language) })}</TableCell>
              <TableCell>
                <ReasonList reasons={referral.reasons.map(parseReason)} />
              </TableCell>
              {showNeeds ? <TableCell>{needsText(referral.needs)}</TableCell> : null}
              {canRecordUptake ? (
                <TableCell>
                  <UptakeControl referral={referral} onChanged={onChanged} />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
