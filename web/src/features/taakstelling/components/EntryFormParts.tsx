// SPDX-License-Identifier: EUPL-1.2
/** Parts of the taakstelling's entry forms: the status line and problem of a save, and a publication's fields. */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { useSave } from './use-save.ts';

type Save = ReturnType<typeof useSave>;

/** The status message after a save (announced), or the problem that refused it. */
export function SaveStatus({ save }: { save: Save }) {
  return (
    <>
      <p role="status" className={save.done ? 'rt-notice' : 'rt-visually-hidden'}>
        {save.done}
      </p>
      {save.error ? <ProblemAlert error={save.error} /> : null}
    </>
  );
}

export type SourceDraft = { publisher: string; title: string; url: string };

/** Publisher, title and web address of the publication a figure comes from. */
export function SourceFields({ id, value, onChange, save }: { id: string; value: SourceDraft; onChange: (key: keyof SourceDraft) => (text: string) => void; save: Save }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField id={`${id}-publisher`} name="publisher" label={t('taakstelling.nationalForms.publisher')} description={t('taakstelling.nationalForms.publisherHint')} value={value.publisher} onChange={onChange('publisher')} required errorMessage={save.fieldError('source.publisher')} />
      <TextField id={`${id}-title`} name="title" label={t('taakstelling.nationalForms.title')} value={value.title} onChange={onChange('title')} required errorMessage={save.fieldError('source.title')} />
      <TextField id={`${id}-url`} name="url" type="url" label={t('taakstelling.nationalForms.url')} value={value.url} onChange={onChange('url')} errorMessage={save.fieldError('source.url')} />
    </>
  );
}

/** The source of a draft as the API takes it (an empty web address is none). */
export function sourceOf(draft: SourceDraft): { publisher: string; title: string; url: string | null } {
  return { publisher: draft.publisher, title: draft.title, url: draft.url.trim() === '' ? null : draft.url.trim() };
}
