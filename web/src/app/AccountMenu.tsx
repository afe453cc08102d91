// SPDX-License-Identifier: EUPL-1.2
/** The header's account area: who is signed in and a sign-out button, or a sign-in link. */
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink.tsx';
import { useSession } from '../features/auth/components/SessionProvider.tsx';
import { paths } from '../lib/paths.ts';
import { useRouter } from '../lib/router.tsx';

/** Sign-in link or the signed-in name with a sign-out button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { status, person, signOut } = useSession();
  const { navigate, pathname } = useRouter();
  if (status === 'loading') {
    return null;
  }
  if (!person) {
    if (pathname === '/inloggen') {
      return null;
    }
    return (
      <AppLink href={paths.signIn(pathname === '/' ? undefined : pathname)} className="rt-account__link">
        {t('account.signIn')}
      </AppLink>
    );
  }
  const leave = async () => {
    await signOut().catch(() => undefined);
    navigate(paths.home);
  };
  return (
    <div className="rt-account">
      <span className="rt-account__name" data-testid="signed-in-as">
        {t('account.signedInAs', { name: person.displayName })}
      </span>
      <Button appearance="subtle-button" onClick={() => void leave()}>
        {t('account.signOut')}
      </Button>
    </div>
  );
}
