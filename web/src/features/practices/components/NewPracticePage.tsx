// SPDX-License-Identifier: EUPL-1.2
/**
 * /praktijken/nieuw: a municipal officer (or a coordinator, for a municipality of the province)
 * shares an experience: what they did, the result, the lessons and an organisational contact,
 * tagged by theme. Mistakes are shown at the field the server names.
 */
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { CheckboxGroup } from '../../../components/CheckboxGroup.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormProblem } from '../../../lib/use-form-problem.ts';
import { useDocumentTitle, useReadySignal } from '../../../lib/page-signals.ts';
import { paths } from '../../../lib/paths.ts';
import { useRouter } from '../../../lib/router.tsx';
import { useAsync } from '../../../lib/use-async.ts';
import { useSession } from '../../auth/components/SessionProvider.tsx';
import { publishScopes } from '../../integration/nav.ts';
import { fetchMunicipalities } from '../../regions/api/regions-api.ts';
import { publishPractice, type PracticeInput } from '../api/practices-api.ts';
import { practiceThemes } from './themes.ts';
import '../../integration/components/integration.css';

type TextFields = 'title' | 'whatWeDid' | 'result' | 'lessons' | 'contact' | 'projectReference';

export function NewPracticePage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { person } = useSession();
  const scopes = publishScopes(person);
  const choices = useAsync(`practice-municipalities:${scopes.municipalities.join()}:${scopes.provinces.join()}`, async (signal) => {
    const own = scopes.municipalities.map((code) => ({ code, name: code }));
    const lists = await Promise.all(scopes.provinces.map((province) => fetchMunicipalities(province, signal)));
    const named = lists.flatMap((list) => list.items.map((item) => ({ code: item.code, name: item.name })));
    const names = new Map(named.map((item) => [item.code, item.name]));
    return [...own.map((item) => ({ ...item, name: names.get(item.code) ?? item.code })), ...named.filter((item) => !scopes.municipalities.includes(item.code))];
  });
  const [municipalityCode, setMunicipalityCode] = useState('');
  const [fields, setFields] = useState<Record<TextFields, string>>({ title: '', whatWeDid: '', result: '', lessons: '', contact: '', projectReference: '' });
  const [themes, setThemes] = useState<string[]>([]);
  const { errorOf, save, busy, general } = useFormProblem();
  useDocumentTitle(t('practices.publish.title'));
  useReadySignal(choices.status !== 'loading');
  const set = (name: TextFields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const options = choices.data ?? [];
  const chosen = municipalityCode || options[0]?.code || '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      const input: PracticeInput = {
        municipalityCode: chosen,
        title: fields.title,
        whatWeDid: fields.whatWeDid,
        result: fields.result,
        lessons: fields.lessons,
        contact: fields.contact,
        themes: themes as PracticeInput['themes'],
        projectReference: fields.projectReference.trim() === '' ? null : fields.projectReference,
      };
      const practice = await publishPractice(input);
      navigate(paths.practice(practice.id));
    });
  };

  return (
    <>
      <Paragraph className="rt-backlink">
        <AppLink href={paths.practices()}>{t('practices.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{t('practices.publish.title')}</Heading>
      <Paragraph lead>{t('practices.publish.intro')}</Paragraph>
      {choices.status === 'loading' ? <Loading /> : null}
      {choices.status === 'failed' ? <ProblemAlert error={choices.error} /> : null}
      {choices.status === 'done' && options.length === 0 ? <Paragraph>{t('practices.publish.notAllowed')}</Paragraph> : null}
      {choices.status === 'done' && options.length > 0 ? (
        <form className="rt-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('practices.publish.title')}>
          {general ? <ProblemAlert error={general} /> : null}
          <SelectField
            id="practice-municipality"
            name="municipalityCode"
            label={t('practices.publish.municipality')}
            value={chosen}
            options={options.map((item) => ({ value: item.code, label: item.name }))}
            onChange={setMunicipalityCode}
            errorMessage={errorOf('municipalityCode')}
          />
          <TextField id="practice-title" name="title" label={t('practices.fields.title')} value={fields.title} onChange={set('title')} errorMessage={errorOf('title')} required maxLength={200} />
          <TextField id="practice-whatWeDid" name="whatWeDid" label={t('practices.fields.whatWeDid')} value={fields.whatWeDid} onChange={set('whatWeDid')} errorMessage={errorOf('whatWeDid')} required multiline maxLength={8000} />
          <TextField id="practice-result" name="result" label={t('practices.fields.result')} value={fields.result} onChange={set('result')} errorMessage={errorOf('result')} multiline maxLength={8000} />
          <TextField id="practice-lessons" name="lessons" label={t('practices.fields.lessons')} value={fields.lessons} onChange={set('lessons')} errorMessage={errorOf('lessons')} multiline maxLength={8000} />
          <TextField
            id="practice-contact"
            name="contact"
            label={t('practices.fields.contact')}
            description={t('practices.publish.contactHelp')}
            value={fields.contact}
            onChange={set('contact')}
            errorMessage={errorOf('contact')}
            required
            maxLength={200}
          />
          <TextField id="practice-project" name="projectReference" label={t('practices.publish.project')} value={fields.projectReference} onChange={set('projectReference')} errorMessage={errorOf('projectReference')} maxLength={200} />
          <CheckboxGroup
            legend={t('practices.themesLabel')}
            id="practice-theme"
            name="themes"
            options={practiceThemes.map((theme) => ({ value: theme, label: t(`practices.themes.${theme}`) }))}
            values={themes}
            onChange={setThemes}
          />
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('practices.publish.submit')}
          </Button>
        </form>
      ) : null}
    </>
  );
}
