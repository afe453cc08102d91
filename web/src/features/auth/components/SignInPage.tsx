// SPDX-License-Identifier: EUPL-1.2
/** Sign-in for officials (province, municipalities, COA, partners). Residents need no account. */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useSession } from './SessionProvider.tsx';

type Field = 'email' | 'password';

/** The /inloggen page; `next` is where to go after signing in. */
export function SignInPage({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const { status, person, signIn } = useSession();
  const { navigate } = useRouter();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('signIn.title'));
  useReadySignal(status !== 'loading');

  if (status === 'loading') {
    return <Loading />;
  }
  if (person && !busy) {
    return (
      <>
        <Heading level={1}>{t('signIn.title')}</Heading>
        <Paragraph>{t('signIn.already', { name: person.displayName })}</Paragraph>
        <Paragraph>
          <AppLink href={next ?? paths.home}>{t('signIn.continue')}</AppLink>
        </Paragraph>
      </>
    );
  }

  const serverFields = error instanceof ApiError ? problemFields(error.problem) : [];
  const messageFor = (field: Field) => {
    if (missing.includes(field)) {
      return t(`signIn.missing.${field}`);
    }
    return serverFields.includes(field) ? t(`signIn.invalid.${field}`) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = (['email', 'password'] as const).filter((field) => values[field].trim() === '');
    setMissing(empty);
    setError(null);
    if (empty.length > 0) {
      document.getElementById(`signin-${empty[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await signIn(values.email.trim(), values.password);
      navigate(next ?? paths.home);
    } catch (caught) {
      setError(caught);
      setBusy(false);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    }
  };

  return (
    <div className="rt-narrow">
      <Heading level={1}>{t('signIn.title')}</Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {error ? (
        <div ref={alertRef} tabIndex={-1} className="rt-form__problem" data-testid="signin-problem">
          <ProblemAlert error={error} />
        </div>
      ) : null}
      <form className="rt-form" onSubmit={submit} noValidate>
        <TextField
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          label={t('signIn.email')}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
          errorMessage={messageFor('email')}
          required
        />
        <TextField
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('signIn.password')}
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
          errorMessage={messageFor('password')}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('signIn.submit')}
        </Button>
      </form>
      <Paragraph small className="rt-form__aside">
        {t('signIn.help')}
      </Paragraph>
    </div>
  );
}
