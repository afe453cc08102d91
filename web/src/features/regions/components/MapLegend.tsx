// SPDX-License-Identifier: EUPL-1.2
/** The legend of the population choropleth: one swatch and range per colour. */
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatNumber } from '../../../lib/format.ts';
import { legendClasses, noDataColour } from './choropleth.ts';

export type MapLegendProps = {
  breaks: readonly number[];
  hasMissing: boolean;
  /** The legend's title; default "Aantal inwoners". */
  title?: string;
  /** How a class boundary is written; default a whole number. */
  formatValue?: (value: number) => string;
};

/** Legend for the classes that `breaks` define. */
export function MapLegend({ breaks, hasMissing, title, formatValue }: MapLegendProps) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const format = formatValue ?? ((value: number) => formatNumber(value, language));
  const label = (from: number | null, to: number | null) => {
    if (from === null && to !== null) {
      return t('map.legend.below', { value: format(to) });
    }
    if (from !== null && to === null) {
      return t('map.legend.atLeast', { value: format(from) });
    }
    if (from !== null && to !== null) {
      return t('map.legend.between', { from: format(from), to: format(to) });
    }
    return t('map.legend.all');
  };
  return (
    <div className="rt-legend" data-testid="map-legend">
      <p className="rt-legend__title" id="map-legend-title">
        {title ?? t('map.legend.title')}
      </p>
      <ul className="rt-legend__list" aria-labelledby="map-legend-title">
        {legendClasses(breaks).map((entry) => (
          <li className="rt-legend__item" key={entry.index}>
            <span className="rt-legend__swatch" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
            {label(entry.from, entry.to)}
          </li>
        ))}
        {hasMissing ? (
          <li className="rt-legend__item">
            <span className="rt-legend__swatch" style={{ backgroundColor: noDataColour }} aria-hidden="true" />
            {t('map.legend.missing')}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
