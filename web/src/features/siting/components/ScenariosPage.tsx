// SPDX-License-Identifier: EUPL-1.2
/** /afwegingen: the weighing scenarios in the caller's scope, and a form to start a new one. */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SortableTable } from '../../../components/SortableTable.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { useSortedMessage } from '../../../i18n/use-sorted-message.ts';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { defaultProvinceCode, paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { isProvinceCoordinator } from '../../auth/permissions.ts';
import { homeProvinceOf } from '../../locations/permissions.ts';
import { createScenario, fetchScenarios } from '../api/siting-api.ts';

/** The scenarios page. */
export function ScenariosPage() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const sortedMessage = useSortedMessage();
  const list = useAsync('scenarios', (signal) => fetchScenarios(signal));
  const { person } = useSession();
  const title = t('siting.list.title');
  useDocumentTitle(title);
  useReadySignal(list.status !== 'loading');
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('siting.list.intro')}</Paragraph>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'failed' ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <Paragraph>{t('siting.list.none')}</Paragraph>
        ) : (
          <SortableTable
            testId="scenarios-table"
            caption={t('siting.list.caption')}
            label={t('siting.list.caption')}
            sortedMessage={sortedMessage}
            rows={list.data.items}
            rowKey={(s) => s.id}
            initialSort={{ key: 'updated', direction: 'descending' }}
            columns={[
              { key: 'name', header: t('siting.list.name'), rowHeader: true, sortValue: (s) => s.name, cell: (s) => <AppLink href={paths.scenario(s.id)}>{s.name}</AppLink> },
              { key: 'area', header: t('siting.list.area'), sortValue: (s) => s.municipalityName ?? s.provinceName, cell: (s) => s.municipalityName ?? s.provinceName },
              { key: 'date', header: t('siting.list.date'), sortValue: (s) => s.referenceDate, cell: (s) => formatDate(s.referenceDate, language) },
              { key: 'candidates', header: t('siting.list.candidates'), numeric: true, sortValue: (s) => s.candidateCount, cell: (s) => formatNumber(s.candidateCount, language) },
              { key: 'updated', header: t('siting.list.updated'), sortValue: (s) => s.updatedAt, cell: (s) => formatDate(s.updatedAt.slice(0, 10), language) },
            ]}
          />
        )
      ) : null}
      {isProvinceCoordinator(person) ? <NewScenarioForm provinceCode={homeProvinceOf(person, defaultProvinceCode)} /> : null}
    </>
  );
}

/** Starts a province-wide scenario with the default criteria. */
function NewScenarioForm({ provinceCode }: { provinceCode: string }) {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [name, setName] = useState('');
  const [referenceDate, setReferenceDate] = useState(new Date().toISOString().slice(0, 10));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const invalid = error instanceof ApiError ? problemFields(error.problem) : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createScenario({ name: name.trim(), provinceCode, referenceDate });
      navigate(paths.scenario(created.scenario.id));
    } catch (caught) {
      setError(caught);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="rt-section" aria-labelledby="new-scenario-heading">
      <Heading level={2} id="new-scenario-heading">
        {t('siting.new.heading')}
      </Heading>
      <form className="rt-form" onSubmit={submit} noValidate data-testid="new-scenario-form">
        {error ? (
          <div ref={alertRef} tabIndex={-1} className="rt-form__problem">
            <ProblemAlert error={error} />
          </div>
        ) : null}
        <TextField id="scenario-name" name="name" label={t('siting.new.name')} value={name} onChange={setName} required errorMessage={invalid.includes('name') ? t('siting.form.invalid') : undefined} />
        <TextField
          id="scenario-date"
          name="referenceDate"
          label={t('siting.new.date')}
          description={t('siting.new.dateHint')}
          value={referenceDate}
          onChange={setReferenceDate}
          errorMessage={invalid.includes('referenceDate') ? t('siting.form.invalid') : undefined}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('siting.new.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
