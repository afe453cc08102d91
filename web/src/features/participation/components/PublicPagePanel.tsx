// SPDX-License-Identifier: EUPL-1.2
/**
 * On a location's page in the app: the way to its residents' page. Links to the public page, the
 * reactions and their overview; for the officials responsible, the forms to set how residents
 * reach them (contact, moderation before or after publication, the weighing summary) and to post
 * an announcement or a meeting.
 */
import { Button, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { paths } from '../../../lib/paths.ts';
import { useAsync } from '../../../lib/use-async.ts';
import { fetchPublicPage, postAnnouncement, savePageSettings, type PublicPage } from '../api/participation-api.ts';

export type PublicPagePanelProps = { locationId: string; isPublic: boolean; canManage: boolean };

export function PublicPagePanel({ locationId, isPublic, canManage }: PublicPagePanelProps) {
  const { t } = useTranslation();
  const page = useAsync(`public-page:${locationId}`, (signal) => (isPublic && canManage ? fetchPublicPage(locationId, signal) : Promise.resolve(null)));
  return (
    <section className="rt-section" aria-labelledby="residents-heading">
      <Heading level={2} id="residents-heading">
        {t('participation.panel.title')}
      </Heading>
      <ul>
        {isPublic ? (
          <li>
            <Link href={`/inwoners/locaties/${locationId}`}>{t('participation.panel.publicPage')}</Link>
          </li>
        ) : null}
        <li>
          <AppLink href={paths.reactions}>{t('participation.panel.queue')}</AppLink>
        </li>
        <li>
          <AppLink href={paths.reactionsOverview({ locationId })}>{t('participation.overview.fromLocation')}</AppLink>
        </li>
      </ul>
      {isPublic ? null : <Paragraph>{t('participation.panel.notPublic')}</Paragraph>}
      {page.data ? <SettingsForm locationId={locationId} page={page.data} /> : null}
      {page.data ? <AnnouncementForm locationId={locationId} /> : null}
    </section>
  );
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

// The form keeps what was typed after saving: it is what the page now shows.
function SettingsForm({ locationId, page }: { locationId: string; page: PublicPage }) {
  const { t } = useTranslation();
  const [moderation, setModeration] = useState<string>(page.moderation);
  const [name, setName] = useState(page.contact.name ?? '');
  const [email, setEmail] = useState(page.contact.email ?? '');
  const [phone, setPhone] = useState(page.contact.phone ?? '');
  const [url, setUrl] = useState(page.contact.url ?? '');
  const [weighing, setWeighing] = useState(page.location.weighingSummary ?? '');
  const [state, setState] = useState<{ error: unknown; saved: boolean }>({ error: null, saved: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ error: null, saved: false });
    const settings = {
      moderation: moderation === 'after' ? ('after' as const) : ('before' as const),
      ...(optional(name) ? { contactName: optional(name) } : {}),
      ...(optional(email) ? { contactEmail: optional(email) } : {}),
      ...(optional(phone) ? { contactPhone: optional(phone) } : {}),
      ...(optional(url) ? { contactUrl: optional(url) } : {}),
      ...(optional(weighing) ? { weighingSummary: optional(weighing) } : {}),
    };
    savePageSettings(locationId, settings).then(
      () => setState({ error: null, saved: true }),
      (error: unknown) => setState({ error, saved: false }),
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="page-settings-heading">
      <Heading level={3} id="page-settings-heading">
        {t('participation.panel.settings')}
      </Heading>
      <SelectField
        id="page-moderation"
        name="moderation"
        label={t('participation.panel.moderation')}
        value={moderation}
        onChange={setModeration}
        options={[
          { value: 'before', label: t('participation.panel.before') },
          { value: 'after', label: t('participation.panel.after') },
        ]}
      />
      <TextField id="page-contact-name" name="contactName" label={t('participation.panel.contactName')} value={name} onChange={setName} maxLength={200} />
      <TextField id="page-contact-email" name="contactEmail" type="email" label={t('participation.panel.contactEmail')} value={email} onChange={setEmail} maxLength={254} />
      <TextField id="page-contact-phone" name="contactPhone" type="tel" label={t('participation.panel.contactPhone')} value={phone} onChange={setPhone} maxLength={40} />
      <TextField id="page-contact-url" name="contactUrl" type="url" label={t('participation.panel.contactUrl')} value={url} onChange={setUrl} maxLength={500} />
      <TextField id="page-weighing" name="weighingSummary" multiline label={t('participation.panel.weighing')} value={weighing} onChange={setWeighing} maxLength={4000} />
      {state.error ? <ProblemAlert error={state.error} /> : null}
      {state.saved ? <Paragraph role="status">{t('participation.panel.saved')}</Paragraph> : null}
      <Button type="submit" appearance="primary-action-button">
        {t('participation.panel.save')}
      </Button>
    </form>
  );
}

function AnnouncementForm({ locationId }: { locationId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [meetingAt, setMeetingAt] = useState('');
  const [place, setPlace] = useState('');
  const [state, setState] = useState<{ error: unknown; posted: boolean }>({ error: null, posted: false });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ error: null, posted: false });
    // The browser's datetime-local value is local time; the API wants an instant with an offset.
    const at = meetingAt ? new Date(meetingAt).toISOString() : undefined;
    postAnnouncement(locationId, { title, body, ...(at ? { meetingAt: at } : {}), ...(optional(place) ? { meetingPlace: optional(place) } : {}) }).then(
      () => {
        setState({ error: null, posted: true });
        setTitle('');
        setBody('');
        setMeetingAt('');
        setPlace('');
      },
      (error: unknown) => setState({ error, posted: false }),
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="announcement-heading">
      <Heading level={3} id="announcement-heading">
        {t('participation.panel.announce')}
      </Heading>
      <TextField id="announcement-title" name="title" label={t('participation.panel.announcementTitle')} value={title} onChange={setTitle} required maxLength={200} />
      <TextField id="announcement-body" name="body" multiline label={t('participation.panel.announcementBody')} value={body} onChange={setBody} required maxLength={5000} />
      <div className="rt-field">
        <label htmlFor="announcement-at">{t('participation.panel.meetingAt')}</label>
        <input id="announcement-at" type="datetime-local" value={meetingAt} onChange={(event) => setMeetingAt(event.target.value)} />
      </div>
      <TextField id="announcement-place" name="meetingPlace" label={t('participation.panel.meetingPlace')} value={place} onChange={setPlace} maxLength={300} />
      {state.error ? <ProblemAlert error={state.error} /> : null}
      {state.posted ? <Paragraph role="status">{t('participation.panel.posted')}</Paragraph> : null}
      <Button type="submit" appearance="primary-action-button">
        {t('participation.panel.post')}
      </Button>
    </form>
  );
}
