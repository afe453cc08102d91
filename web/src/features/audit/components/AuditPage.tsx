// SPDX-License-Identifier: EUPL-1.2
/**
 * The audit trail: who changed what and when, newest first, with filters and "show more" paging.
 * Only province coordinators may read it; others are told so instead of shown an error.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { isProvinceCoordinator } from '../../auth/permissions.ts';
import { fetchAuditPage, type AuditEntry, type AuditFilter } from '../api/audit-api.ts';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { AuditTable } from './AuditTable.tsx';

/** The /audit page. */
export function AuditPage() {
  const { t } = useTranslation();
  const { status, person } = useSession();
  const allowed = isProvinceCoordinator(person);
  useDocumentTitle(t('audit.title'));
  useReadySignal(status !== 'loading' && !allowed);

  if (status === 'loading') {
    return <Loading />;
  }
  if (!person) {
    return (
      <>
        <Heading level={1}>{t('audit.title')}</Heading>
        <Paragraph>{t('audit.signInFirst')}</Paragraph>
        <Paragraph>
          <AppLink href={paths.signIn(paths.audit)}>{t('audit.toSignIn')}</AppLink>
        </Paragraph>
      </>
    );
  }
  if (!allowed) {
    return (
      <>
        <Heading level={1}>{t('audit.title')}</Heading>
        <Paragraph>{t('audit.notAllowed')}</Paragraph>
      </>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [state, setState] = useState<'loading' | 'done' | 'failed'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  useReadySignal(state !== 'loading');

  useEffect(() => {
    const controller = new AbortController();
    setState('loading');
    fetchAuditPage(filter, null, controller.signal).then(
      (page) => {
        setItems(page.items);
        setNextBefore(page.nextBefore);
        setState('done');
      },
      (caught: unknown) => {
        if (!controller.signal.aborted) {
          setError(caught);
          setState('failed');
        }
      },
    );
    return () => controller.abort();
  }, [filter]);

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const page = await fetchAuditPage(filter, nextBefore);
      setItems((current) => [...current, ...page.items]);
      setNextBefore(page.nextBefore);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('audit.title')}</Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <AuditFilterForm initial={filter} onApply={setFilter} />
      {state === 'loading' ? <Loading /> : null}
      {error ? <ProblemAlert error={error} /> : null}
      {state === 'done' ? (
        <>
          <AuditTable items={items} />
          {nextBefore !== null ? (
            <Button appearance="secondary-action-button" busy={loadingMore} disabled={loadingMore} onClick={() => void loadMore()}>
              {t('audit.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </>
  );
}
