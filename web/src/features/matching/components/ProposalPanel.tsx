// SPDX-License-Identifier: EUPL-1.2
/**
 * One proposal under review: its state and quality (objective, bound, gap), where its scores come
 * from, the load per municipality, the fairness view, the households with the explanation of each
 * pair, and the actions (lock or forbid, run again, accept). An accepted proposal is read-only.
 */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { acceptProposal, fetchProposal, runProposal, type ProposalView } from '../api/matching-api.ts';
import { useAction } from '../use-action.ts';
import { FairnessSection } from './FairnessSection.tsx';
import { HouseholdSection } from './HouseholdSection.tsx';
import { MunicipalityLoadTable } from './MunicipalityLoadTable.tsx';
import { QualitySection } from './QualitySection.tsx';
import { ScoreSourceSection } from './ScoreSourceSection.tsx';

export type ProposalPanelProps = { id: string; onSettled: (ready: boolean) => void; onChanged: () => void };

/** Loads the proposal and keeps the latest answer of every action. */
export function ProposalPanel({ id, onSettled, onChanged }: ProposalPanelProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const loaded = useAsync(`proposal:${id}`, (signal) => fetchProposal(id, signal));
  const [latest, setLatest] = useState<ProposalView | null>(null);
  const { busy, error, run } = useAction<'run' | 'accept'>();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => onSettled(loaded.status !== 'loading'), [loaded.status, onSettled]);

  const proposal = latest ?? loaded.data ?? null;
  const update = (next: ProposalView) => {
    setLatest(next);
    onChanged();
  };
  const act = async (kind: 'run' | 'accept') => {
    if (!proposal) {
      return;
    }
    const next = await run(() => (kind === 'run' ? runProposal(proposal.id) : acceptProposal(proposal.id)), kind);
    if (next) {
      update(next);
      setConfirming(false);
    }
  };

  if (loaded.status === 'loading') {
    return <Loading />;
  }
  if (!proposal) {
    return <ProblemAlert error={loaded.error} />;
  }
  const accepted = proposal.status === 'accepted';
  const result = proposal.result;
  return (
    <section className="rt-section" aria-labelledby="pl-proposal-heading" data-testid="proposal">
      <Heading level={2} id="pl-proposal-heading">
        {t('matching.proposal.heading', { period: proposal.period, created: formatDateTime(proposal.createdAt, language) })}
      </Heading>
      {accepted ? (
        <Alert type="ok" className="rt-alert" data-testid="accepted-notice">
          <Paragraph>
            {t('matching.proposal.accepted', {
              who: proposal.acceptedByName ?? t('matching.proposal.unknownPerson'),
              when: proposal.acceptedAt ? formatDateTime(proposal.acceptedAt, language) : '',
            })}
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          {t('matching.proposal.draft', { runs: proposal.runs, when: proposal.runAt ? formatDateTime(proposal.runAt, language) : '—' })}
        </Paragraph>
      )}
      {proposal.stale && !accepted ? (
        <Alert type="warning" className="rt-alert" data-testid="stale-notice">
          <Paragraph>{t('matching.proposal.stale')}</Paragraph>
        </Alert>
      ) : null}
      {!accepted ? (
        <div className="rt-actions">
          <Button appearance={proposal.stale ? 'primary-action-button' : 'secondary-action-button'} busy={busy === 'run'} disabled={busy !== null} onClick={() => void act('run')}>
            {t('matching.proposal.run')}
          </Button>
          {confirming ? (
            <span className="rt-confirm" role="group" aria-label={t('matching.proposal.confirmLabel')}>
              <span>{t('matching.proposal.confirm')}</span>
              <Button appearance="primary-action-button" busy={busy === 'accept'} disabled={busy !== null} onClick={() => void act('accept')}>
                {t('matching.proposal.acceptYes')}
              </Button>
              <Button appearance="subtle-button" onClick={() => setConfirming(false)}>
                {t('matching.proposal.acceptNo')}
              </Button>
            </span>
          ) : (
            <Button appearance="secondary-action-button" disabled={busy !== null || proposal.stale || result === null} onClick={() => setConfirming(true)}>
              {t('matching.proposal.accept')}
            </Button>
          )}
        </div>
      ) : null}
      <div role="status">{busy ? t('matching.proposal.working') : ''}</div>
      {error ? <ProblemAlert error={error} /> : null}
      {result ? (
        <>
          <QualitySection proposal={proposal} result={result} />
          <ScoreSourceSection proposal={proposal} onChanged={update} />
          <MunicipalityLoadTable proposal={proposal} result={result} />
          <FairnessSection proposal={proposal} result={result} />
          <HouseholdSection proposal={proposal} result={result} onChanged={update} />
        </>
      ) : (
        <Paragraph>{t('matching.proposal.noResult')}</Paragraph>
      )}
    </section>
  );
}
