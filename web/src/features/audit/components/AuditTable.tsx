// SPDX-License-Identifier: EUPL-1.2
/** The audit entries as a table: when, who, what, which record, and the changed fields. */
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { AuditEntry } from '../api/audit-api.ts';
import { changeLines } from './changes.ts';

/** The audit entries of the pages loaded so far. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  if (items.length === 0) {
    return <Paragraph>{t('audit.empty')}</Paragraph>;
  }
  const caption = t('audit.caption', { count: items.length });
  return (
    <ScrollRegion label={caption}>
      <Table className="rt-audit-table" data-testid="audit-table">
        <TableCaption className="rt-table__caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.columns.occurredAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.record')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.columns.changes')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((entry) => (
            <TableRow key={String(entry.id)}>
              <TableCell>{formatDateTime(entry.occurredAt, language)}</TableCell>
              <TableCell className="rt-code">{entry.actor}</TableCell>
              <TableCell>{t(`audit.actions.${entry.action}`)}</TableCell>
              <TableCell>
                <span className="rt-code">{entry.tableName}</span>
                {entry.recordId ? <span className="rt-code rt-muted"> {entry.recordId}</span> : null}
              </TableCell>
              <TableCell>
                <ChangeList entry={entry} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** The changed fields, folded away behind a summary: an insert of a full row is long. */
function ChangeList({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const lines = changeLines(entry.changes);
  if (lines.length === 0) {
    return null;
  }
  return (
    <details className="rt-changes">
      <summary>{t('audit.fieldCount', { count: lines.length })}</summary>
      <ul className="rt-changes__list">
        {lines.map((line) => (
          <li key={line.field}>
            <span className="rt-code">{line.field}</span>: {line.redacted ? <em>{t('audit.redacted')}</em> : line.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
