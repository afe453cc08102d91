// SPDX-License-Identifier: EUPL-1.2
/** /locaties/nieuw: register a location; on success the location page opens. */
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { defaultProvinceCode, paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { fetchMunicipalityMap } from '../../regions/api/regions-api.ts';
import { createLocation } from '../api/locations-api.ts';
import { emptyLocationForm } from '../location-form.ts';
import { canRegisterLocations, homeProvinceOf } from '../permissions.ts';
import { LocationForm } from './LocationForm.tsx';

/** The registration page. */
export function NewLocationPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { person } = useSession();
  const province = homeProvinceOf(person, defaultProvinceCode);
  const outlines = useAsync(`outlines:${province}`, (signal) => fetchMunicipalityMap(province, signal).catch(() => null));
  const title = t('locations.new.title');
  useDocumentTitle(title);
  useReadySignal(outlines.status !== 'loading');
  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.locations}>{t('locations.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('locations.new.intro')}</Paragraph>
      {canRegisterLocations(person) ? (
        <LocationForm
          idPrefix="new-location"
          initial={emptyLocationForm}
          municipalities={outlines.data ?? null}
          submitLabel={t('locations.new.submit')}
          onSubmit={async (input) => {
            const created = await createLocation(input);
            navigate(paths.location(created.location.id));
          }}
        />
      ) : (
        <Paragraph>{t('locations.new.notAllowed')}</Paragraph>
      )}
    </>
  );
}
