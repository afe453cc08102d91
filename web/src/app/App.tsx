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
import { housingAreaOf, isProvinceCoordinator } from '../features/auth/permissions.ts';
import { LocationPage } from '../features/locations/components/LocationPage.tsx';
import { LocationsPage } from '../features/locations/components/LocationsPage.tsx';
import { NewLocationPage } from '../features/locations/components/NewLocationPage.tsx';
import { ProgressPage } from '../features/locations/components/ProgressPage.tsx';
import { usesRegister, usesWeighing } from '../features/locations/permissions.ts';
import { HousingPage } from '../features/housing/components/HousingPage.tsx';
import { MunicipalityPage } from '../features/regions/components/MunicipalityPage.tsx';
import { ProvincePage } from '../features/regions/components/ProvincePage.tsx';
import { MunicipalityTaakstellingPage } from '../features/taakstelling/components/MunicipalityTaakstellingPage.tsx';
import { TaakstellingPage } from '../features/taakstelling/components/TaakstellingPage.tsx';
import { TaakstellingReportPage } from '../features/taakstelling/components/TaakstellingReportPage.tsx';
import { taakstellingHome } from '../features/taakstelling/permissions.ts';
import { ScenarioPage } from '../features/siting/components/ScenarioPage.tsx';
import { ScenariosPage } from '../features/siting/components/ScenariosPage.tsx';
import { PlacementPage } from '../features/matching/components/PlacementPage.tsx';
import { ReactionsPage } from '../features/participation/components/ReactionsPage.tsx';
import { OverviewPage as ReactionsOverviewPage } from '../features/participation/components/OverviewPage.tsx';
import { ActivitiesModerationPage } from '../features/activities/components/ActivitiesModerationPage.tsx';
import { HouseholdPage } from '../features/integration/components/HouseholdPage.tsx';
import { ProvinceWaitingTimesPage } from '../features/integration/components/ProvinceWaitingTimesPage.tsx';
import { WaitingTimesPage } from '../features/integration/components/WaitingTimesPage.tsx';
import { integrationNav } from '../features/integration/nav.ts';
import { MyOffersPage } from '../features/offers/components/MyOffersPage.tsx';
import { PartnerReferralsPage } from '../features/offers/components/PartnerReferralsPage.tsx';
import { NewPracticePage } from '../features/practices/components/NewPracticePage.tsx';
import { PracticePage } from '../features/practices/components/PracticePage.tsx';
import { PracticesPage } from '../features/practices/components/PracticesPage.tsx';
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
    case 'taakstelling':
      return <TaakstellingPage key={route.provinceCode} provinceCode={route.provinceCode} period={route.period} />;
    case 'taakstellingReport':
      return <TaakstellingReportPage key={`${route.provinceCode}:${route.period}`} provinceCode={route.provinceCode} period={route.period} />;
    case 'municipalityTaakstelling':
      return <MunicipalityTaakstellingPage key={route.code} code={route.code} />;
    case 'signIn':
      return <SignInPage next={route.next} />;
    case 'audit':
      return <AuditPage />;
    case 'housing':
      return <HousingPage key={route.provinceCode ?? route.municipalityCode} {...route} />;
    case 'reactions':
      return <ReactionsPage />;
    case 'activitiesModeration':
      return <ActivitiesModerationPage />;
    case 'reactionsOverview':
      return <ReactionsOverviewPage key={`${route.locationId}:${route.from}:${route.to}`} locationId={route.locationId} from={route.from} to={route.to} />;
    case 'firstRun':
      return <FirstRunPage />;
    case 'locations':
      return <LocationsPage />;
    case 'newLocation':
      return <NewLocationPage />;
    case 'locationProgress':
      return <ProgressPage />;
    case 'location':
      return <LocationPage key={route.id} id={route.id} />;
    case 'scenarios':
      return <ScenariosPage />;
    case 'scenario':
      return <ScenarioPage key={route.id} id={route.id} />;
    case 'integrationMunicipality':
      return <WaitingTimesPage key={`${route.code}:${route.indicator ?? ''}`} code={route.code} indicator={route.indicator} />;
    case 'integrationProvince':
      return <ProvinceWaitingTimesPage key={route.provinceCode} provinceCode={route.provinceCode} />;
    case 'household':
      return <HouseholdPage key={route.id} id={route.id} />;
    case 'myOffers':
      return <MyOffersPage />;
    case 'partnerReferrals':
      return <PartnerReferralsPage />;
    case 'practices':
      return <PracticesPage key={`${route.q}:${route.theme ?? ''}`} q={route.q} theme={route.theme} />;
    case 'newPractice':
      return <NewPracticePage />;
    case 'practice':
      return <PracticePage key={route.id} id={route.id} />;
    case 'placement':
      return <PlacementPage key={route.provinceCode} provinceCode={route.provinceCode} proposalId={route.proposalId} />;
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
  const taakstelling = taakstellingHome(person);
  if (taakstelling) {
    const href = taakstelling.kind === 'province' ? paths.taakstelling(taakstelling.code) : paths.municipalityTaakstelling(taakstelling.code);
    const active = route.name === 'taakstelling' || route.name === 'taakstellingReport' || route.name === 'municipalityTaakstelling';
    navItems.push(
      <AppLink key="taakstelling" href={href} className="rt-nav__link" aria-current={current(active)}>
        {t('taakstelling.nav')}
      </AppLink>,
    );
  }
  const locationPages = ['locations', 'newLocation', 'locationProgress', 'location'];
  if (usesRegister(person)) {
    navItems.push(
      <AppLink key="locations" href={paths.locations} className="rt-nav__link" aria-current={current(locationPages.includes(route.name))}>
        {t('locations.nav')}
      </AppLink>,
    );
  }
  if (usesWeighing(person)) {
    navItems.push(
      <AppLink key="scenarios" href={paths.scenarios} className="rt-nav__link" aria-current={current(route.name === 'scenarios' || route.name === 'scenario')}>
        {t('siting.nav')}
      </AppLink>,
    );
  }
  const housingArea = housingAreaOf(person);
  if (housingArea) {
    navItems.push(
      <AppLink key="housing" href={paths.housing(housingArea)} className="rt-nav__link" aria-current={current(route.name === 'housing')}>
        {t('housing.nav')}
      </AppLink>,
    );
  }
  for (const item of integrationNav(person)) {
    navItems.push(
      <AppLink key={item.key} href={item.href} className="rt-nav__link" aria-current={current(item.routes.includes(route.name))}>
        {t(item.label)}
      </AppLink>,
    );
  }
  const placementProvince = person?.roles.find((grant) => grant.role === 'province_coordinator')?.scopes[0];
  if (placementProvince) {
    navItems.push(
      <AppLink key="placement" href={paths.placement(placementProvince)} className="rt-nav__link" aria-current={current(route.name === 'placement')}>
        {t('matching.nav')}
      </AppLink>,
    );
  }
  if (isProvinceCoordinator(person)) {
    navItems.push(
      <AppLink key="audit" href={paths.audit} className="rt-nav__link" aria-current={current(route.name === 'audit')}>
        {t('nav.audit')}
      </AppLink>,
    );
  }
  if (person?.roles.some((grant) => ['moderator', 'province_coordinator', 'municipal_officer'].includes(grant.role))) {
    navItems.push(
      <AppLink key="reactions" href={paths.reactions} className="rt-nav__link" aria-current={current(['reactions', 'reactionsOverview', 'activitiesModeration'].includes(route.name))}>
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
