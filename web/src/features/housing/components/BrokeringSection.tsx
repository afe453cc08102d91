// SPDX-License-Identifier: EUPL-1.2
/**
 * Brokering on the province housing page (province coordinators): for a half year and a
 * reference date, the municipalities with an expected surplus against those with a shortfall,
 * the proposed pairs (neighbours first) with the reason for each, and the form that records an
 * agreement. Every figure carries its formula and source below its table.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { SortableTable, type Column } from '../../../components/SortableTable.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchNationalTasks } from '../../taakstelling/api/taakstelling-api.ts';
import { fetchBrokering, type Brokering } from '../api/housing-api.ts';
import { AgreementDone, AgreementForm, todayInNetherlands, type AgreementDraft, type RecordedAgreement } from './AgreementForm.tsx';

type Position = Brokering['positions'][number];
type Pair = Brokering['pairs'][number];

export type BrokeringSectionProps = {
  provinceCode: string;
  /** After an agreement is recorded (the page reloads its forecast). */
  onRecorded: () => void;
  /** Whether everything this section loads has settled (for the page's ready signal). */
  onSettled: (settled: boolean) => void;
};

export function BrokeringSection({ provinceCode, onRecorded, onSettled }: BrokeringSectionProps) {
  const { t } = useTranslation();
  const national = useAsync('national-tasks', (signal) => fetchNationalTasks(signal));
  const periods = (national.data?.items ?? []).map((item) => item.period).sort();
  // The current half year when it has a national task, else the latest one that has.
  const today = todayInNetherlands();
  const current = `${today.slice(0, 4)}-${Number(today.slice(5, 7)) <= 6 ? 'I' : 'II'}`;
  const fallback = periods.includes(current) ? current : periods[periods.length - 1];
  const [chosen, setChosen] = useState<{ period: string; asOf: string } | null>(null);
  const view = chosen ?? (fallback ? { period: fallback, asOf: today } : null);
  const brokering = useAsync(`brokering:${provinceCode}:${view?.period ?? ''}:${view?.asOf ?? ''}`, (signal) =>
    view ? fetchBrokering({ province: provinceCode, ...view }, signal) : Promise.resolve(null),
  );
  const [draft, setDraft] = useState<AgreementDraft | null>(null);
  // Kept here, not in the form: the form is rebuilt while the figures reload after a save.
  const [recorded, setRecorded] = useState<RecordedAgreement | null>(null);
  const settled = national.status !== 'loading' && brokering.status !== 'loading';
  useEffect(() => onSettled(settled), [onSettled, settled]);

  return (
    <section className="rt-section" aria-labelledby="brokering-heading" data-testid="brokering">
      <Heading level={2} id="brokering-heading">
        {t('housing.brokering.heading')}
      </Heading>
      <Paragraph>{t('housing.brokering.intro')}</Paragraph>
      {national.status === 'failed' ? <ProblemAlert error={national.error} /> : null}
      {national.data && periods.length === 0 ? <Paragraph>{t('housing.brokering.noPeriods')}</Paragraph> : null}
      {view ? <ViewForm key={`${view.period}:${view.asOf}`} periods={periods} initial={view} onShow={setChosen} /> : null}
      {recorded ? <AgreementDone agreement={recorded} /> : null}
      {brokering.status === 'loading' ? <Loading /> : null}
      {brokering.status === 'failed' ? <ProblemAlert error={brokering.error} /> : null}
      {brokering.data ? (
        <>
          <Positions brokering={brokering.data} />
          <Pairs
            brokering={brokering.data}
            onUse={(pair) => {
              setRecorded(null);
              setDraft({ houses: pair.to, for: pair.from, persons: String(pair.persons) });
              window.requestAnimationFrame(() => document.getElementById('agreement-persons')?.focus());
            }}
          />
          {brokering.data.positions.length > 1 ? (
            <AgreementForm
              key={`${brokering.data.period}:${brokering.data.asOf}:${draft ? `${draft.houses}:${draft.for}:${draft.persons}` : ''}`}
              municipalities={brokering.data.positions}
              period={brokering.data.period}
              asOf={brokering.data.asOf}
              draft={draft}
              onRecorded={(agreement) => {
                setRecorded(agreement);
                setDraft(null);
                brokering.reload();
                onRecorded();
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The half year and reference date to look at; applied with the button (not on every key). */
function ViewForm({ periods, initial, onShow }: { periods: string[]; initial: { period: string; asOf: string }; onShow: (view: { period: string; asOf: string }) => void }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(initial.period);
  const [asOf, setAsOf] = useState(initial.asOf);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onShow({ period, asOf: asOf.trim() });
  };
  return (
    <form className="rt-form" onSubmit={submit} aria-labelledby="brokering-view-heading" data-testid="brokering-view">
      <Heading level={3} id="brokering-view-heading">
        {t('housing.brokering.viewHeading')}
      </Heading>
      <SelectField id="brokering-period" name="period" label={t('housing.brokering.period')} value={period} options={periods.map((p) => ({ value: p, label: p }))} onChange={setPeriod} />
      <TextField id="brokering-as-of" name="asOf" label={t('housing.brokering.asOf')} description={t('housing.brokering.asOfHelp')} value={asOf} onChange={setAsOf} required />
      <Button type="submit" appearance="secondary-action-button">
        {t('housing.brokering.show')}
      </Button>
    </form>
  );
}

function Positions({ brokering }: { brokering: Brokering }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const table = (kind: 'surplus' | 'deficit') => {
    const rows = brokering.positions.filter((p) => p[kind] > 0);
    const caption = t(`housing.brokering.${kind}Caption`, { period: brokering.period });
    const columns: Column<Position>[] = [
      { key: 'name', header: t('housing.brokering.municipality'), cell: (p) => p.name, sortValue: (p) => p.name, rowHeader: true },
      { key: kind, header: t(`housing.brokering.${kind}`), cell: (p) => <span data-testid={`${kind}-${p.code}`}>{formatNumber(p[kind], language)}</span>, sortValue: (p) => p[kind], numeric: true },
    ];
    if (rows.length === 0) {
      return <Paragraph data-testid={`no-${kind}`}>{t(kind === 'surplus' ? 'housing.brokering.noSurplus' : 'housing.brokering.noDeficit', { period: brokering.period })}</Paragraph>;
    }
    return (
      <SortableTable
        caption={caption}
        label={caption}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.code}
        initialSort={{ key: kind, direction: 'descending' }}
        sortedMessage={sortedMessage}
        testId={`brokering-${kind}`}
      />
    );
  };
  return (
    <div className="rt-brokering">
      <div className="rt-brokering__side">{table('surplus')}</div>
      <div className="rt-brokering__side">{table('deficit')}</div>
      <div className="rt-source rt-brokering__source">
        <p className="rt-source__line">{t('housing.brokering.how')}</p>
        <p className="rt-source__line">{t('housing.brokering.source', { date: formatDate(brokering.asOf, language) })}</p>
      </div>
    </div>
  );
}

function Pairs({ brokering, onUse }: { brokering: Brokering; onUse: (pair: Pair) => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const names = new Map(brokering.positions.map((p) => [p.code, p.name]));
  const name = (code: string) => names.get(code) ?? code;
  const caption = t('housing.brokering.pairsCaption', { period: brokering.period });
  if (brokering.pairs.length === 0) {
    return <Paragraph data-testid="no-pairs">{t('housing.brokering.noPairs')}</Paragraph>;
  }
  const columns: Column<Pair>[] = [
    { key: 'from', header: t('housing.brokering.pairsFrom'), cell: (p) => name(p.from), sortValue: (p) => name(p.from), rowHeader: true },
    { key: 'to', header: t('housing.brokering.pairsTo'), cell: (p) => name(p.to), sortValue: (p) => name(p.to) },
    { key: 'persons', header: t('housing.brokering.pairsPersons'), cell: (p) => formatNumber(p.persons, language), sortValue: (p) => p.persons, numeric: true },
    {
      key: 'reason',
      header: t('housing.brokering.pairsReason'),
      cell: (p) => t(p.neighbours ? 'housing.brokering.reasonNeighbour' : 'housing.brokering.reasonOther', { from: name(p.from), to: name(p.to) }),
    },
    {
      key: 'action',
      header: t('housing.brokering.pairsAction'),
      cell: (p) => (
        <Button type="button" appearance="subtle-button" aria-label={t('housing.brokering.useLabel', { from: name(p.from), to: name(p.to), persons: p.persons })} onClick={() => onUse(p)}>
          {t('housing.brokering.use')}
        </Button>
      ),
    },
  ];
  return (
    <SortableTable
      caption={caption}
      label={caption}
      columns={columns}
      rows={brokering.pairs}
      rowKey={(p) => `${p.from}:${p.to}`}
      sortedMessage={sortedMessage}
      testId="brokering-pairs"
      footer={
        <div className="rt-source">
          <p className="rt-source__line">{t('housing.brokering.pairsHow')}</p>
        </div>
      }
    />
  );
}
