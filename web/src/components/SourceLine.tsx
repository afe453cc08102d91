// SPDX-License-Identifier: EUPL-1.2
/**
 * "Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari 2024": where the
 * figures next to it come from. Every figure on screen has one.
 */
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../src/modules/regions/region.schema.ts';
import { asUiLanguage } from '../i18n/i18n.ts';
import { formatDate } from '../lib/format.ts';

/** The source line as plain text (also used in chart descriptions). */
export function useSourceText(): (source: Source) => string {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  return (source) => {
    const title = source.table ? `${source.title} (${source.table})` : source.title;
    const parts = [`${source.publisher}, ${title}`];
    if (source.referenceDate) {
      parts.push(t('source.referenceDate', { date: formatDate(source.referenceDate, language) }));
    }
    return t('source.line', { text: parts.join(', ') });
  };
}

export type SourceLineProps = {
  /** The sources of the figures shown; duplicates are shown once. */
  sources: Source[];
  className?: string;
};

/** One "Bron: ..." line per distinct source. */
export function SourceLine({ sources, className }: SourceLineProps) {
  const sourceText = useSourceText();
  const unique = [...new Map(sources.map((source) => [source.id, source])).values()];
  if (unique.length === 0) {
    return null;
  }
  return (
    <div className={['rt-source', className].filter(Boolean).join(' ')} data-testid="source-line">
      {unique.map((source) => (
        <p className="rt-source__line" key={source.id}>
          {sourceText(source)}
        </p>
      ))}
    </div>
  );
}
