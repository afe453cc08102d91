// SPDX-License-Identifier: EUPL-1.2
/**
 * /provincies/PVxx/plaatsing: the province coordinator's placement page. Start a proposal for a
 * period, see the earlier ones, and review the chosen one (?voorstel=<id>). Only the province's
 * coordinators can use it; the API refuses everybody else as well (proposal.policy.ts).
 */
import { Button, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { grantCovers } from '../../auth/permissions.ts';
import { fetchProvinces } from '../../regions/api/regions-api.ts';
import { fetchNationalTasks } from '../../taakstelling/api/taakstelling-api.ts';
import { createProposal, fetchProposals } from '../api/matching-api.ts';
import { formatGap } from '../matching-format.ts';
import { useAction } from '../use-action.ts';
import { ProposalPanel } from './ProposalPanel.tsx';
import '../../taakstelling/components/taakstelling.css';
import './matching.css';

export type PlacementPageProps = { provinceCode: string; proposalId: string | null };

/** The page; a notice instead for anyone who is not a coordinator of the province. */
export function PlacementPage({ provinceCode, proposalId }: PlacementPageProps) {
  const { t } = useTranslation();
  const { person, status } = useSession();
  const provinces = useAsync('provinces', (signal) => fetchProvinces(signal));
  const provinceName = provinces.data?.items.find((p) => p.code === provinceCode)?.name ?? provinceCode;
  const title = t('matching.title', { province: provinceName });
  useDocumentTitle(title);
  if (status === 'loading' || provinces.status === 'loading') {
    return <Loading />;
  }
  if (person === null || !grantCovers(person, 'province_coordinator', provinceCode)) {
    return <Refused provinceCode={provinceCode} title={title} signedIn={person !== null} />;
  }
  return <Placement provinceCode={provinceCode} proposalId={proposalId} title={title} />;
}

/** What anyone else sees: who may use the page, and a sign-in link for the public. */
function Refused({ provinceCode, title, signedIn }: { provinceCode: string; title: string; signedIn: boolean }) {
  const { t } = useTranslation();
  useReadySignal(true);
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph data-testid="placement-refused">
        {t('matching.onlyCoordinators')}{' '}
        {signedIn ? null : <AppLink href={paths.signIn(paths.placement(provinceCode))}>{t('matching.signIn')}</AppLink>}
      </Paragraph>
    </>
  );
}

function Placement({ provinceCode, proposalId, title }: PlacementPageProps & { title: string }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const list = useAsync(`proposals:${provinceCode}:${proposalId ?? ''}`, (signal) => fetchProposals(provinceCode, signal));
  const national = useAsync('national-tasks', (signal) => fetchNationalTasks(signal));
  const periods = useMemo(() => [...(national.data?.items.map((item) => item.period) ?? [])].sort().reverse(), [national.data]);
  const [proposalReady, setProposalReady] = useState(false);
  useReadySignal(list.status !== 'loading' && national.status !== 'loading' && (proposalId === null || proposalReady));
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.taakstelling(provinceCode)}>{t('matching.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('matching.intro')}</Paragraph>
      {national.status === 'failed' ? <ProblemAlert error={national.error} /> : null}
      <StartForm provinceCode={provinceCode} periods={periods} />
      <section className="rt-section" aria-labelledby="pl-list-heading">
        <Heading level={2} id="pl-list-heading">
          {t('matching.list.heading')}
        </Heading>
        {list.status === 'loading' ? <Loading /> : null}
        {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
        {list.data && list.data.items.length === 0 ? <Paragraph>{t('matching.list.none')}</Paragraph> : null}
        {list.data && list.data.items.length > 0 ? (
          <SortableTable
            testId="proposal-list"
            caption={t('matching.list.caption')}
            label={t('matching.list.caption')}
            sortedMessage={sortedMessage}
            rows={list.data.items}
            rowKey={(p) => p.id}
            initialSort={{ key: 'created', direction: 'descending' }}
            columns={[
              {
                key: 'created',
                header: t('matching.list.created'),
                rowHeader: true,
                sortValue: (p) => p.createdAt,
                cell: (p) => (
                  <AppLink href={paths.placement(provinceCode, p.id)} aria-current={p.id === proposalId ? 'page' : undefined}>
                    {formatDateTime(p.createdAt, language)}
                  </AppLink>
                ),
              },
              { key: 'period', header: t('matching.list.period'), sortValue: (p) => p.period, cell: (p) => p.period },
              { key: 'status', header: t('matching.list.status'), sortValue: (p) => p.status, cell: (p) => t(`matching.status.${p.status}`) },
              { key: 'runs', header: t('matching.list.runs'), numeric: true, sortValue: (p) => p.runs, cell: (p) => String(p.runs) },
              { key: 'gap', header: t('matching.list.gap'), numeric: true, sortValue: (p) => p.gap, cell: (p) => (p.gap === null ? t('common.noFigure') : formatGap(p.gap, language)) },
            ]}
          />
        ) : null}
      </section>
      {proposalId ? <ProposalPanel key={proposalId} id={proposalId} onSettled={setProposalReady} onChanged={list.reload} /> : null}
    </>
  );
}

/** Choose a period and start a proposal (it runs at once); then open it. */
function StartForm({ provinceCode, periods }: { provinceCode: string; periods: string[] }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [choice, setChoice] = useState<string | null>(null);
  const { busy: running, error, run } = useAction();
  const busy = running !== null;
  const period = choice ?? periods[0] ?? '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await run(() => createProposal(provinceCode, period));
    if (created) {
      navigate(paths.placement(provinceCode, created.id));
    }
  };
  return (
    <section className="rt-section" aria-labelledby="pl-start-heading">
      <Heading level={2} id="pl-start-heading">
        {t('matching.start.heading')}
      </Heading>
      <Paragraph>{t('matching.start.intro')}</Paragraph>
      <form className="rt-picker" onSubmit={(event) => void submit(event)} data-testid="start-proposal">
        <FormLabel htmlFor="placement-period">{t('matching.start.period')}</FormLabel>
        <div className="rt-picker__row">
          <Select id="placement-period" value={period} onChange={(event) => setChoice(event.target.value)}>
            {periods.map((p) => (
              <SelectOption key={p} value={p}>
                {p}
              </SelectOption>
            ))}
          </Select>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || period === ''}>
            {t('matching.start.submit')}
          </Button>
        </div>
      </form>
      {error ? <ProblemAlert error={error} /> : null}
    </section>
  );
}
