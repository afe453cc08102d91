// SPDX-License-Identifier: EUPL-1.2
/** The legend of the locations map: one swatch per status, in lifecycle order. */
import { useTranslation } from 'react-i18next';
import { statusColour, statusOrder } from '../status.ts';

/** Legend of the status colours. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <div className="rt-legend" data-testid="status-legend">
      <p className="rt-legend__title" id="status-legend-title">
        {t('locations.map.legend')}
      </p>
      <ul className="rt-legend__list" aria-labelledby="status-legend-title">
        {statusOrder.map((status) => (
          <li className="rt-legend__item" key={status}>
            <span className="rt-legend__swatch rt-legend__swatch--round" style={{ backgroundColor: statusColour(status) }} aria-hidden="true" />
            {t(`locations.status.${status}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
