// SPDX-License-Identifier: EUPL-1.2
/**
 * The script of the public location page (runs in the browser; served as plain JavaScript by
 * location-map-asset.ts, no framework). It makes the server-drawn map in the reaction form
 * usable: a tap places "your spot" and fills the longitude/latitude fields, the arrow keys move
 * it, Enter places it in the middle, "Remove spot" clears it, and a live region says what
 * happened. Without this script the fields still work; the server checks every value.
 */

/** The projection parameters the SVG carries as data- attributes (see location-map.ts). */
export type MapProjection = { west: number; north: number; kx: number; ky: number };

/** Map units (x right, y down) back to longitude and latitude. */
export function unproject(projection: MapProjection, x: number, y: number): { longitude: number; latitude: number } {
  return { longitude: projection.west + x / projection.kx, latitude: projection.north - y / projection.ky };
}

/** The projection of an SVG element, or undefined when an attribute is missing or not a number. */
export function readProjection(dataset: Record<string, string | undefined>): MapProjection | undefined {
  const values = [dataset.west, dataset.north, dataset.kx, dataset.ky].map(Number);
  const [west, north, kx, ky] = values;
  if (values.some((value) => !Number.isFinite(value)) || !kx || !ky || west === undefined || north === undefined) {
    return undefined;
  }
  return { west, north, kx, ky };
}

/** A coordinate as the form shows it: 5 decimals (about a metre), with the page's decimal sign. */
export const formatCoordinate = (value: number, decimal: string): string => value.toFixed(5).replace('.', decimal);

const svgNs = 'http://www.w3.org/2000/svg';

function spotMarker(): SVGGElement {
  const group = document.createElementNS(svgNs, 'g');
  group.setAttribute('id', 'kaart-plek');
  group.setAttribute('stroke', '#1d6b2f');
  group.setAttribute('fill', 'none');
  const ring = document.createElementNS(svgNs, 'circle');
  ring.setAttribute('r', '9');
  ring.setAttribute('stroke-width', '3');
  const cross = document.createElementNS(svgNs, 'path');
  cross.setAttribute('d', 'M-14 0H14M0 -14V14');
  cross.setAttribute('stroke-width', '2.5');
  group.append(ring, cross);
  return group;
}

function enhance(doc: Document): void {
  const figure = doc.getElementById('kaart-blok');
  const svg = doc.getElementById('kaart');
  const longitudeInput = doc.getElementById('veld-longitude');
  const latitudeInput = doc.getElementById('veld-latitude');
  const status = doc.getElementById('kaart-status');
  const remove = doc.getElementById('kaart-wissen');
  const hint = doc.getElementById('kaart-hint');
  if (
    !figure || !(svg instanceof SVGSVGElement) || !(longitudeInput instanceof HTMLInputElement) ||
    !(latitudeInput instanceof HTMLInputElement) || !status || !(remove instanceof HTMLButtonElement) || !hint
  ) {
    return;
  }
  const projection = readProjection(svg.dataset);
  const box = svg.viewBox.baseVal;
  if (!projection || !box || box.width <= 0) {
    return;
  }
  const decimal = figure.dataset.decimal ?? '.';
  const marker = spotMarker();
  let spot: { x: number; y: number } | undefined;

  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  const draw = () => {
    if (!spot) {
      marker.remove();
      remove.hidden = true;
      return;
    }
    marker.setAttribute('transform', `translate(${spot.x.toFixed(1)} ${spot.y.toFixed(1)})`);
    svg.append(marker);
    remove.hidden = false;
  };
  const place = (x: number, y: number) => {
    spot = { x: clamp(x, box.width), y: clamp(y, box.height) };
    const { longitude, latitude } = unproject(projection, spot.x, spot.y);
    longitudeInput.value = formatCoordinate(longitude, decimal);
    latitudeInput.value = formatCoordinate(latitude, decimal);
    const details = longitudeInput.closest('details');
    if (details) {
      details.open = true;
    }
    draw();
    status.textContent = (figure.dataset.textSet ?? '')
      .replace('{lat}', latitudeInput.value)
      .replace('{lon}', longitudeInput.value);
  };
  const clear = () => {
    spot = undefined;
    longitudeInput.value = '';
    latitudeInput.value = '';
    draw();
    status.textContent = figure.dataset.textRemoved ?? '';
  };
  // Typed coordinates (or those shown again after an error) move the marker too.
  const fromInputs = () => {
    const longitude = Number(longitudeInput.value.trim().replace(',', '.'));
    const latitude = Number(latitudeInput.value.trim().replace(',', '.'));
    const x = (longitude - projection.west) * projection.kx;
    const y = (projection.north - latitude) * projection.ky;
    const shown = longitudeInput.value.trim() && latitudeInput.value.trim() && x >= 0 && y >= 0 && x <= box.width && y <= box.height;
    spot = shown ? { x, y } : undefined;
    draw();
  };

  svg.setAttribute('tabindex', '0');
  // Keys go to the map, not to the screen reader's browse mode.
  svg.setAttribute('role', 'application');
  svg.setAttribute('aria-describedby', 'kaart-uitleg kaart-hint');
  figure.classList.add('is-interactive');
  hint.hidden = false;

  svg.addEventListener('click', (event) => {
    const matrix = svg.getScreenCTM();
    if (!matrix) {
      return;
    }
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    place(point.x, point.y);
  });
  svg.addEventListener('keydown', (event) => {
    const step = (box.width / 32) * (event.shiftKey ? 4 : 1);
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (move || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const from = spot ?? { x: box.width / 2, y: box.height / 2 };
      place(from.x + (spot && move ? move[0] : 0), from.y + (spot && move ? move[1] : 0));
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && spot) {
      event.preventDefault();
      clear();
    }
  });
  remove.addEventListener('click', () => {
    clear();
    svg.focus();
  });
  longitudeInput.addEventListener('input', fromInputs);
  latitudeInput.addEventListener('input', fromInputs);
  fromInputs();
}

if (typeof document !== 'undefined') {
  enhance(document);
}
