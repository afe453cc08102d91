// SPDX-License-Identifier: EUPL-1.2
/** Why an offer fits a household, one reason per item ("Taalniveau A2 ≥ A1 gevraagd"). */
import { useTranslation } from 'react-i18next';
import { reasonMessage, type Reason } from '../reasons.ts';

export function ReasonList({ reasons }: { reasons: Reason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) {
    return <span>{t('offers.reasons.none')}</span>;
  }
  return (
    <ul className="rt-reasons">
      {reasons.map((reason) => {
        const message = reasonMessage(reason);
        const detail = message.detailKey ? t(message.detailKey, { defaultValue: message.detail }) : message.detail;
        return <li key={`${reason.code}:${reason.detail}`}>{t(message.key, { detail })}</li>;
      })}
    </ul>
  );
}
