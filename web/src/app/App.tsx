// SPDX-License-Identifier: EUPL-1.2
/** The app: the page frame and the page for the current path. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { Layout } from '../components/Layout.tsx';
import { AuditPage } from '../features/audit/components/AuditPage.tsx';
import { FirstRunPage } from '../features/auth/components/FirstRunPage.tsx';
import { SessionProvider, useSession } from '../features/auth/components/SessionProvider.tsx';
import { SignInPage } from '../features/auth/components/SignInPage.tsx';
import { isProvinceCoordinator } from '../features/auth/permissions.ts';
import { MunicipalityPage } from '../features/regions/components/MunicipalityPage.tsx';
import { ProvincePage } from '../features/regions/components/ProvincePage.tsx';
import { ReactionsPage } from '../features/participation/components/ReactionsPage.tsx';
import { paths } from '../lib/paths.ts';
import { useRouter } from '../lib/router.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { matchRoute, type Route } from './routes.ts';

function pageFor(route: Route): ReactNode {
  switch (route.name) {
    case 'province':
      return <ProvincePage key={route.provinceCode} provinceCode={route.provinceCode} />;
    case 'municipality':
      return <MunicipalityPage key={route.code} code={route.code} />;
    case 'signIn':
      return <SignInPage next={route.next} />;
    case 'audit':
      return <AuditPage />;
    case 'reactions':
      return <ReactionsPage />;
    case 'firstRun':
      return <FirstRunPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function Shell() {
  const { t } = useTranslation();
  const { pathname, search } = useRouter();
  const { person } = useSession();
  const route = matchRoute(pathname, search);
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  const navItems = [
    <AppLink key="overview" href={paths.home} className="rt-nav__link" aria-current={current(route.name === 'province')}>
      {t('nav.overview')}
    </AppLink>,
  ];
  if (isProvinceCoordinator(person)) {
    navItems.push(
      <AppLink key="audit" href={paths.audit} className="rt-nav__link" aria-current={current(route.name === 'audit')}>
        {t('nav.audit')}
      </AppLink>,
    );
  }
  if (person?.roles.some((grant) => ['moderator', 'province_coordinator', 'municipal_officer'].includes(grant.role))) {
    navItems.push(
      <AppLink key="reactions" href={paths.reactions} className="rt-nav__link" aria-current={current(route.name === 'reactions')}>
        {t('navParticipation')}
      </AppLink>,
    );
  }
  return (
    <Layout
      navItems={navItems}
      tools={
        <>
          <LanguageSwitch />
          <AccountMenu />
        </>
      }
    >
      {pageFor(route)}
    </Layout>
  );
}

/** The whole app, inside AppProviders. */
export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}
