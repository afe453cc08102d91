// SPDX-License-Identifier: EUPL-1.2
/**
 * First use: create the first province coordinator. The one-time setup token comes from the link
 * the server prints at its first start, in the URL fragment (#token=...) so it never reaches a
 * server log or a Referer header.
 */
import { Alert, Button, FormField, FormLabel, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ApiError, problemFields } from '../../../lib/api-client.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { defaultProvinceCode, paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { completeSetup, fetchProvinceChoices, fetchSetupNeeded } from '../api/session-api.ts';
import { useSession } from './SessionProvider.tsx';

type Field = 'displayName' | 'email' | 'password';

function tokenFromFragment(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

/** The /eerste-gebruik page. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const [token, setToken] = useState(tokenFromFragment);
  // The link may be pasted into a tab that already shows this page: only the fragment changes then.
  useEffect(() => {
    const onHashChange = () => setToken(tokenFromFragment());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const setup = useAsync('setup', (signal) => fetchSetupNeeded(signal));
  const provinces = useAsync('province-choices', (signal) => fetchProvinceChoices(signal));
  useDocumentTitle(t('firstRun.title'));
  useReadySignal(setup.status !== 'loading' && provinces.status !== 'loading');

  if (setup.status === 'loading' || provinces.status === 'loading') {
    return <Loading />;
  }
  if (setup.status === 'failed') {
    return (
      <>
        <Heading level={1}>{t('firstRun.title')}</Heading>
        <ProblemAlert error={setup.error} />
      </>
    );
  }
  if (!setup.data.needed) {
    return (
      <>
        <Heading level={1}>{t('firstRun.title')}</Heading>
        <Paragraph>{t('firstRun.done')}</Paragraph>
        <Paragraph>
          <AppLink href={paths.signIn()}>{t('firstRun.toSignIn')}</AppLink>
        </Paragraph>
      </>
    );
  }
  return <FirstRunForm token={token} provinces={provinces.data ?? []} />;
}

function FirstRunForm({ token, provinces }: { token: string; provinces: { code: string; name: string }[] }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const { navigate } = useRouter();
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [provinceCode, setProvinceCode] = useState(defaultProvinceCode);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const invalid = error instanceof ApiError ? problemFields(error.problem) : [];
  const fieldError = (field: Field) => (invalid.includes(field) ? t(`firstRun.invalid.${field}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await completeSetup({ setupToken: token, provinceCode, ...values, email: values.email.trim() });
      await signIn(values.email.trim(), values.password);
      navigate(paths.home);
    } catch (caught) {
      setError(caught);
      setBusy(false);
      window.requestAnimationFrame(() => alertRef.current?.focus());
    }
  };

  const field = (name: Field, type: 'text' | 'email' | 'password', autoComplete: string) => (
    <TextField
      id={`setup-${name}`}
      name={name}
      type={type}
      autoComplete={autoComplete}
      label={t(`firstRun.fields.${name}`)}
      description={name === 'password' ? t('firstRun.passwordRule') : undefined}
      value={values[name]}
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      errorMessage={fieldError(name)}
      required
    />
  );

  return (
    <div className="rt-narrow">
      <Heading level={1}>{t('firstRun.title')}</Heading>
      <Paragraph>{t('firstRun.intro')}</Paragraph>
      {!token ? (
        <Alert type="warning" className="rt-alert">
          <Paragraph>{t('firstRun.noToken')}</Paragraph>
        </Alert>
      ) : null}
      {error ? (
        <div ref={alertRef} tabIndex={-1} className="rt-form__problem">
          <ProblemAlert error={error} />
        </div>
      ) : null}
      <form className="rt-form" onSubmit={submit} noValidate>
        {field('displayName', 'text', 'name')}
        {field('email', 'email', 'username')}
        {field('password', 'password', 'new-password')}
        <FormField className="rt-field" invalid={invalid.includes('provinceCode')}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="setup-province">{t('firstRun.fields.provinceCode')}</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select id="setup-province" name="provinceCode" value={provinceCode} onChange={(event) => setProvinceCode(event.target.value)}>
              {(provinces.length > 0 ? provinces : [{ code: defaultProvinceCode, name: 'Utrecht' }]).map((province) => (
                <SelectOption key={province.code} value={province.code}>
                  {province.name}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || !token}>
          {t('firstRun.submit')}
        </Button>
      </form>
    </div>
  );
}
