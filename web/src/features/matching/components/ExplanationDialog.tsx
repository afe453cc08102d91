// SPDX-License-Identifier: EUPL-1.2
/**
 * The explanation of one household's pair: the score of where it is placed, term by term
 * (weight × value = contribution, with the reason and the source of each value) or the named
 * external model, its best other municipalities, and, in a draft, lock or forbid a pair.
 */
import { Button, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useModalDialog } from '../../../lib/use-modal-dialog.ts';
import { removePair, setPair, type ProposalHousehold, type ProposalResult, type ProposalView } from '../api/matching-api.ts';
import { formatScore } from '../matching-format.ts';
import { useAction } from '../use-action.ts';

export type ExplanationDialogProps = {
  proposal: ProposalView;
  result: ProposalResult;
  household: ProposalHousehold | null;
  onClose: () => void;
  onChanged: (next: ProposalView) => void;
};

/** A modal dialog, open while `household` is set. */
export function ExplanationDialog({ proposal, result, household, onClose, onChanged }: ExplanationDialogProps) {
  const { t } = useTranslation();
  const ref = useModalDialog(household !== null);
  const headingId = useId();
  return (
    <dialog ref={ref} className="rt-dialog rt-dialog--wide" aria-labelledby={headingId} onClose={onClose} data-testid="explanation-dialog">
      {household ? (
        <>
          <Heading level={2} id={headingId}>
            {t('matching.explain.heading', { pseudonym: household.pseudonym })}
          </Heading>
          <Explanation result={result} household={household} />
          {proposal.status === 'draft' ? <PairForm proposal={proposal} result={result} household={household} onChanged={onChanged} onDone={onClose} /> : null}
          <Button appearance="secondary-action-button" onClick={onClose}>
            {t('matching.explain.close')}
          </Button>
        </>
      ) : null}
    </dialog>
  );
}

function Explanation({ result, household }: { result: ProposalResult; household: ProposalHousehold }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const nameOf = (code: string) => result.municipalities.find((m) => m.code === code)?.name ?? code;
  const score = (value: number) => formatScore(value, language);
  if (household.municipality === null) {
    return <Paragraph data-testid="explain-unplaced">{t('matching.explain.unplaced', { reason: household.reason ?? '' })}</Paragraph>;
  }
  const imported = result.scoreSource.kind === 'imported';
  const sum = household.terms.map((term) => `${score(term.weight)} × ${score(term.value)}`).join(' + ');
  return (
    <>
      <Paragraph data-testid="explain-placed">
        {t('matching.explain.placed', { name: nameOf(household.municipality), score: household.score === null ? '' : score(household.score) })}
      </Paragraph>
      {imported ? (
        <Paragraph>{t('matching.explain.imported', { source: result.scoreSource.source ?? '' })}</Paragraph>
      ) : (
        <>
          <p>
            <code>{t('matching.explain.formula', { sum, score: household.score === null ? '' : score(household.score) })}</code>
          </p>
          <table className="rt-table__plain" data-testid="explain-terms">
            <caption>{t('matching.explain.termsCaption', { name: nameOf(household.municipality) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matching.explain.term')}</th>
                <th scope="col">{t('matching.explain.weight')}</th>
                <th scope="col">{t('matching.explain.value')}</th>
                <th scope="col">{t('matching.explain.contribution')}</th>
                <th scope="col">{t('matching.explain.reason')}</th>
                <th scope="col">{t('matching.explain.source')}</th>
              </tr>
            </thead>
            <tbody>
              {household.terms.map((term) => (
                <tr key={term.term}>
                  <th scope="row">{t(`matching.terms.${term.term}`)}</th>
                  <td>{score(term.weight)}</td>
                  <td>{score(term.value)}</td>
                  <td>{score(term.contribution)}</td>
                  <td>{t(`matching.reasons.${term.reason}`)}</td>
                  <td>
                    {term.source}
                    {term.example ? <span className="rt-badge">{t('matching.explain.example')}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {household.alternatives.length > 0 ? (
        <>
          <Paragraph>{t('matching.explain.alternatives')}</Paragraph>
          <ul data-testid="explain-alternatives">
            {household.alternatives.map((a) => (
              <li key={a.municipality}>
                {nameOf(a.municipality)}: {score(a.score)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

type PairFormProps = { proposal: ProposalView; result: ProposalResult; household: ProposalHousehold; onChanged: (next: ProposalView) => void; onDone: () => void };

/** Lock the household to a municipality or forbid one; remove earlier locks and forbidden pairs. */
function PairForm({ proposal, result, household, onChanged, onDone }: PairFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(household.municipality ?? result.municipalities[0]?.code ?? '');
  const [kind, setKind] = useState<'lock' | 'forbid'>('forbid');
  const action = useAction();
  const busy = action.busy !== null;
  const nameOf = (c: string) => result.municipalities.find((m) => m.code === c)?.name ?? c;
  const act = async (work: () => Promise<ProposalView>) => {
    const next = await action.run(work);
    if (next) {
      onChanged(next);
      onDone();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act(() => setPair(proposal.id, { householdId: household.id, municipalityCode: code, kind }));
  };
  const pairs = proposal.pairs.filter((pair) => pair.householdId === household.id);
  const sorted = [...result.municipalities].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <form onSubmit={submit} className="rt-section" data-testid="pair-form">
      <Heading level={3}>{t('matching.pair.heading')}</Heading>
      <Paragraph>{t('matching.pair.intro')}</Paragraph>
      <fieldset className="rt-fieldset">
        <legend>{t('matching.pair.kind')}</legend>
        {(['forbid', 'lock'] as const).map((option) => (
          <label key={option} className="rt-radio" htmlFor={`${id}-${option}`}>
            <input id={`${id}-${option}`} type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => setKind(option)} />
            {t(`matching.pair.${option}`)}
          </label>
        ))}
      </fieldset>
      <FormLabel htmlFor={`${id}-municipality`}>{t('matching.pair.municipality')}</FormLabel>
      <Select id={`${id}-municipality`} value={code} onChange={(event) => setCode(event.target.value)}>
        {sorted.map((m) => (
          <SelectOption key={m.code} value={m.code}>
            {m.name}
          </SelectOption>
        ))}
      </Select>
      <div className="rt-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || code === ''}>
          {t('matching.pair.submit')}
        </Button>
      </div>
      {pairs.length > 0 ? (
        <ul data-testid="pair-list">
          {pairs.map((pair) => (
            <li key={pair.municipalityCode}>
              {t(pair.kind === 'lock' ? 'matching.households.lockedIn' : 'matching.households.forbiddenIn', { name: nameOf(pair.municipalityCode) })}{' '}
              <Button appearance="subtle-button" disabled={busy} onClick={() => void act(() => removePair(proposal.id, household.id, pair.municipalityCode))}>
                {t('matching.pair.remove')}
                <span className="rt-visually-hidden"> {nameOf(pair.municipalityCode)}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {action.error ? <ProblemAlert error={action.error} /> : null}
    </form>
  );
}
