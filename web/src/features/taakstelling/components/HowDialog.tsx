// SPDX-License-Identifier: EUPL-1.2
/**
 * "How was this computed?": a modal dialog with the formula of every number of one
 * municipality's balance and the sources. The formulas come from the server, which computed
 * the numbers, so the text and the figures cannot drift apart.
 */
import { Button, Heading } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceLine } from '../../../components/SourceLine.tsx';
import { useModalDialog } from '../../../lib/use-modal-dialog.ts';
import type { Source } from '../../regions/api/regions-api.ts';
import type { BalanceRow } from '../api/taakstelling-api.ts';

export const howKeys = ['task', 'carriedIn', 'transfers', 'corrected', 'realised', 'percentage', 'onTrack', 'forecast', 'closing'] as const;

/** The formula of each number of one balance, labelled like the table's columns. */
export function HowList({ how }: { how: NonNullable<BalanceRow['how']> }) {
  const { t } = useTranslation();
  return (
    <dl className="rt-how">
      {howKeys.map((key) => (
        <div key={key} className="rt-how__item">
          <dt>{t(`taakstelling.columns.${key}`)}</dt>
          <dd>
            <code>{how[key]}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export type HowDialogProps = {
  row: BalanceRow | null;
  period: string;
  sources: Source[];
  onClose: () => void;
};

/** Shows the computation of `row`; closed while row is null. */
export function HowDialog({ row, period, sources, onClose }: HowDialogProps) {
  const { t } = useTranslation();
  const ref = useModalDialog(row !== null);
  const headingId = useId();

  return (
    <dialog ref={ref} className="rt-dialog" aria-labelledby={headingId} onClose={onClose} data-testid="how-dialog">
      {row ? (
        <>
          <Heading level={2} id={headingId}>
            {t('taakstelling.how.heading', { name: row.name, period })}
          </Heading>
          {row.how ? (
            <HowList how={row.how} />
          ) : (
            <p>{t('taakstelling.how.none')}</p>
          )}
          {row.differs && row.computedTask !== null && row.officialTask !== null ? (
            <p className="rt-notice">{t('taakstelling.official.differs', { official: row.officialTask, computed: row.computedTask })}</p>
          ) : null}
          <SourceLine sources={sources} />
          <Button appearance="secondary-action-button" onClick={onClose}>
            {t('taakstelling.how.close')}
          </Button>
        </>
      ) : null}
    </dialog>
  );
}
