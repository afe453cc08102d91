// SPDX-License-Identifier: EUPL-1.2
/**
 * The public contact point of a municipality for residents, and for people allowed to change it
 * (a coordinator of its province or an officer of the municipality) an edit form.
 */
import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchMunicipalityProfile, type MunicipalityProfile } from '../api/regions-api.ts';
import { ProfileForm } from './ProfileForm.tsx';

export type ProfileSectionProps = {
  code: string;
  municipalityName: string;
  canEdit: boolean;
  /** Called when the profile has loaded or failed to load (for the page's readiness signal). */
  onSettled?: () => void;
};

/** The contact section of a municipality page. */
export function ProfileSection({ code, municipalityName, canEdit, onSettled }: ProfileSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const loaded = useAsync(`profile:${code}`, (signal) => fetchMunicipalityProfile(code, signal));
  const [saved, setSaved] = useState<MunicipalityProfile | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const profile = saved ?? loaded.data;

  useEffect(() => {
    if (loaded.status !== 'loading') {
      onSettled?.();
    }
  }, [loaded.status, onSettled]);

  const onSaved = (next: MunicipalityProfile) => {
    setSaved(next);
    setEditing(false);
    setNotice(t('profile.saved'));
  };

  return (
    <section className="rt-section" aria-labelledby="profile-heading" data-testid="profile-section">
      <Heading level={2} id="profile-heading">
        {t('profile.heading')}
      </Heading>
      <p role="status" className={notice ? 'rt-notice' : 'rt-visually-hidden'}>
        {notice}
      </p>
      {loaded.status === 'loading' ? <Loading /> : null}
      {loaded.status === 'failed' ? <ProblemAlert error={loaded.error} /> : null}
      {profile && !editing ? <ProfileView profile={profile} municipalityName={municipalityName} language={language} /> : null}
      {profile && canEdit && !editing ? (
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setNotice('');
            setEditing(true);
          }}
        >
          {t('profile.edit')}
        </Button>
      ) : null}
      {profile && editing ? (
        <ProfileForm code={code} profile={profile} onSaved={onSaved} onCancel={() => setEditing(false)} />
      ) : null}
    </section>
  );
}

function ProfileView({ profile, municipalityName, language }: { profile: MunicipalityProfile; municipalityName: string; language: 'nl' | 'en' }) {
  const { t } = useTranslation();
  const empty = !profile.contactEmail && !profile.phone && !profile.website && !profile.note;
  if (empty) {
    return <Paragraph>{t('profile.empty', { name: municipalityName })}</Paragraph>;
  }
  return (
    <>
      <DataList className="rt-datalist">
        {profile.contactEmail ? (
          <DataListItem>
            <DataListKey>{t('profile.fields.contactEmail')}</DataListKey>
            <DataListValue>
              <Link href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
        {profile.phone ? (
          <DataListItem>
            <DataListKey>{t('profile.fields.phone')}</DataListKey>
            <DataListValue>
              <Link href={`tel:${profile.phone.replace(/[^+\d]/g, '')}`}>{profile.phone}</Link>
            </DataListValue>
          </DataListItem>
        ) : null}
        {profile.website ? (
          <DataListItem>
            <DataListKey>{t('profile.fields.website')}</DataListKey>
            <DataListValue>
              {/^https?:\/\//i.test(profile.website) ? <Link href={profile.website}>{profile.website}</Link> : profile.website}
            </DataListValue>
          </DataListItem>
        ) : null}
        {profile.note ? (
          <DataListItem>
            <DataListKey>{t('profile.fields.note')}</DataListKey>
            <DataListValue multiline>{profile.note}</DataListValue>
          </DataListItem>
        ) : null}
      </DataList>
      {profile.updatedAt ? <Paragraph small>{t('profile.updatedAt', { date: formatDateTime(profile.updatedAt, language) })}</Paragraph> : null}
    </>
  );
}
