// SPDX-License-Identifier: EUPL-1.2
/**
 * The map of pinned reactions and, as its text alternative, a table of the same reactions (kind,
 * location, date, status, text with contact details masked). The map is loaded lazily.
 */
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format.ts';
import type { Overview } from '../api/participation-api.ts';
import { kindColour, kindOrder } from '../kind-colours.ts';

const ReactionsMap = lazy(() => import('./ReactionsMap.tsx'));

type PinsSectionProps = { pins: Overview['pins']; counted: string; onMapReady: () => void };

export function PinsSection({ pins, counted, onMapReady }: PinsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const caption = t('participation.overview.pinsCaption', { count: pins.features.length });
  return (
    <section className="rt-section" aria-labelledby="overview-pins">
      <Heading level={2} id="overview-pins">
        {t('participation.overview.pinsTitle')}
      </Heading>
      {pins.features.length === 0 ? (
        <Paragraph data-testid="overview-no-pins">{t('participation.overview.noPins')}</Paragraph>
      ) : (
        <>
          <div>
            <ErrorBoundary fallback={<Paragraph>{t('map.unavailable')}</Paragraph>} onError={onMapReady}>
              <Suspense fallback={<Loading label={t('map.loading')} />}>
                <ReactionsMap pins={pins} label={t('participation.overview.mapLabel', { count: pins.features.length })} onReady={onMapReady} />
              </Suspense>
            </ErrorBoundary>
            <div className="rt-legend">
              <p className="rt-legend__title" id="pins-legend-title">
                {t('participation.overview.legend')}
              </p>
              <ul className="rt-legend__list" aria-labelledby="pins-legend-title">
                {kindOrder.map((kind) => (
                  <li className="rt-legend__item" key={kind}>
                    <span className="rt-legend__swatch rt-legend__swatch--round" style={{ backgroundColor: kindColour(kind) }} aria-hidden="true" />
                    {t(`participation.kinds.${kind}`)}
                  </li>
                ))}
              </ul>
            </div>
            <Paragraph className="rt-map__hint">{t('participation.overview.mapAlternative')}</Paragraph>
          </div>
          <ScrollRegion label={caption}>
            <Table data-testid="overview-pins-table">
              <TableCaption className="rt-table__caption">{caption}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('participation.overview.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participation.overview.location')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participation.overview.received')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participation.overview.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participation.overview.text')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {pins.features.map(({ properties: pin }) => (
                  <TableRow key={pin.id}>
                    <TableHeaderCell scope="row">{t(`participation.kinds.${pin.kind}`)}</TableHeaderCell>
                    <TableCell>{pin.locationName}</TableCell>
                    <TableCell>{formatDate(pin.receivedOn, language)}</TableCell>
                    <TableCell>
                      {t(`participation.status.${pin.status}`)}, {t(`participation.visibility.${pin.visibility}`)}
                    </TableCell>
                    <TableCell>{pin.text}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        </>
      )}
      <p className="rt-source__line rt-muted">{counted}</p>
    </section>
  );
}
