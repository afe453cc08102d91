// SPDX-License-Identifier: EUPL-1.2
/**
 * A small trend line of the percentage realised over up to six periods. It is one image with a
 * text label that lists every value, so it says the same to screen-reader users.
 */
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../../i18n/i18n.ts';
import { formatPercentage, sparklineSegments, type TrendPoint } from '../taakstelling-format.ts';

const width = 72;
const height = 20;

/** The trend of one municipality as an inline SVG with a text alternative. */
export function Sparkline({ name, trend }: { name: string; trend: readonly TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const text = trend
    .map((point) => `${point.period}: ${point.percentage === null ? t('common.noFigure') : formatPercentage(point.percentage, language)}`)
    .join('; ');
  const label = t('taakstelling.trend.label', { name, values: text });
  return (
    <svg className="rt-sparkline" width={width} height={height + 4} viewBox={`-2 -2 ${width + 4} ${height + 4}`} role="img" aria-label={label}>
      <title>{label}</title>
      <line className="rt-sparkline__base" x1={0} x2={width} y1={height} y2={height} />
      {sparklineSegments(trend, width, height).map((points) =>
        points.includes(' ') ? (
          <polyline key={points} className="rt-sparkline__line" points={points} />
        ) : (
          <circle key={points} className="rt-sparkline__dot" cx={points.split(',')[0]} cy={points.split(',')[1]} r={2} />
        ),
      )}
    </svg>
  );
}
