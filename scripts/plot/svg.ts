// A small dependency-free SVG line chart: axes, 1-2-5 ticks (powers of ten on a log axis), a
// legend, markers and reference lines. Used by the docs plots (scripts/plot/plots.ts) and by the
// demo's report charts. Non-finite points break the line; segments are clipped to the plot area,
// so the output never contains NaN or Infinity.

export type Point = readonly [number, number];

export interface Series {
  name: string;
  points: readonly Point[];
  color?: string;
  dashed?: boolean;
}

export interface Marker {
  x: number;
  y: number;
  label: string;
}

export interface LineChartOptions {
  width: number;
  height: number;
  title?: string;
  xLabel?: string;
  yLabel?: string;
  series: readonly Series[];
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  logY?: boolean;
  markers?: readonly Marker[];
  vLines?: readonly number[];
  hLines?: readonly number[];
  /** Legend inside the plot area (top left, default) or in a column right of it. */
  legend?: 'inside' | 'right';
}

/** A colour-blind-friendly palette (Okabe–Ito), used in order for series without a colour. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`);
}

/** Step m·10^e with m ∈ {1, 2, 5} nearest raw (geometrically); returned as [m, e]. */
function niceStep(raw: number): [number, number] {
  const e = Math.floor(Math.log10(raw));
  const f = raw / 10 ** e;
  return f < Math.SQRT2 ? [1, e] : f < Math.sqrt(10) ? [2, e] : f < Math.sqrt(50) ? [5, e] : [1, e + 1];
}

/** k·m·10^e without the rounding noise of k·(m·10^e) for negative e (0.1·3 = 0.30000000000000004). */
function scaled(k: number, m: number, e: number): number {
  return e < 0 ? (k * m) / 10 ** -e : k * m * 10 ** e;
}

/**
 * About `count` evenly spaced "nice" values (steps of 1, 2 or 5 times a power of ten) within
 * [min, max], ascending. Empty for non-finite bounds; [min] when min = max.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min > max) [min, max] = [max, min];
  if (min === max) return [min];
  const [m, e] = niceStep((max - min) / Math.max(1, count));
  const step = m * 10 ** e;
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k <= Math.floor(max / step + 1e-9); k++) ticks.push(scaled(k, m, e) || 0);
  return ticks;
}

/** [min, max] widened outward to the nice step used by niceTicks. */
function niceDomain(min: number, max: number, count: number): [number, number] {
  if (min === max) return min === 0 ? [-1, 1] : [min - Math.abs(min) / 2, max + Math.abs(max) / 2];
  const [m, e] = niceStep((max - min) / count);
  const step = m * 10 ** e;
  return [scaled(Math.floor(min / step + 1e-9), m, e), scaled(Math.ceil(max / step - 1e-9), m, e)];
}

/** Tick label: plain for moderate magnitudes, otherwise exponent form; no "-0". */
function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s =
    a >= 1e-4 && a < 1e6
      ? String(Number(v.toPrecision(12)))
      : v
          .toExponential()
          .replace(/\.?0+e/, 'e')
          .replace('e+', 'e');
  return s.replace('-', '−');
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

/** Liang–Barsky clip of segment p→q to the rectangle; null when outside. */
function clip(p: Point, q: Point, x0: number, y0: number, x1: number, y1: number): [Point, Point] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const edges: [number, number][] = [
    [-dx, p[0] - x0],
    [dx, x1 - p[0]],
    [-dy, p[1] - y0],
    [dy, y1 - p[1]],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return null;
    } else {
      const t = qe / pe;
      if (pe < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  if (t0 > t1) return null;
  return [
    [p[0] + t0 * dx, p[1] + t0 * dy],
    [p[0] + t1 * dx, p[1] + t1 * dy],
  ];
}

/** A standalone SVG line chart (see LineChartOptions). */
export function lineChart(options: LineChartOptions): string {
  const { width, height, series, logY = false } = options;
  const markers = options.markers ?? [];
  const ty = (y: number): number => (logY ? (y > 0 ? Math.log10(y) : NaN) : y);
  const finite = series.flatMap((s) => s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(ty(y))));
  const xs = finite.map((p) => p[0]).concat(markers.map((m) => m.x).filter(Number.isFinite));
  const ys = finite.map((p) => ty(p[1])).concat(markers.map((m) => ty(m.y)).filter(Number.isFinite));
  const extent = (v: number[]): [number, number] => (v.length ? [Math.min(...v), Math.max(...v)] : [0, 1]);

  let [x0, x1]: [number, number] = options.xDomain ? [options.xDomain[0], options.xDomain[1]] : extent(xs);
  if (!Number.isFinite(x0) || !Number.isFinite(x1)) [x0, x1] = extent(xs);
  let [y0, y1]: [number, number] = options.yDomain ? [ty(options.yDomain[0]), ty(options.yDomain[1])] : extent(ys);
  if (!Number.isFinite(y0) || !Number.isFinite(y1)) [y0, y1] = extent(ys);
  if (logY) [y0, y1] = [Math.floor(y0), Math.ceil(y1 === y0 ? y0 + 1 : y1)];
  else if (!options.yDomain) {
    const pad = (y1 - y0) * 0.04; // keeps lines off the frame
    [y0, y1] = niceDomain(y0 - pad, y1 + pad, 6);
  }
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  const xd: [number, number] = x0 === x1 ? [x0 - 1, x1 + 1] : [x0, x1];

  const left = options.yLabel ? 64 : 52;
  const legendW = series.length ? 34 + Math.max(...series.map((s) => s.name.length)) * 6.5 : 0;
  const legendRight = options.legend === 'right' && series.length > 0;
  const right = width - 16 - (legendRight ? legendW + 8 : 0);
  const top = options.title ? 34 : 14;
  const bottom = height - (options.xLabel ? 44 : 28);
  const sx = (x: number): number => left + ((x - xd[0]) / (xd[1] - xd[0])) * (right - left);
  const sy = (y: number): number => bottom - ((y - y0) / (y1 - y0)) * (bottom - top);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" font-family="system-ui, sans-serif" font-size="11">`,
  );
  if (options.title) out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  if (options.title)
    out.push(
      `<text x="${num(width / 2)}" y="20" text-anchor="middle" font-size="13" font-weight="bold">${escapeXml(options.title)}</text>`,
    );

  // Grid and tick labels.
  const xTicks = niceTicks(xd[0], xd[1], Math.max(2, Math.round((right - left) / 70)));
  let yTicks: number[];
  if (logY) {
    const stride = Math.max(1, Math.ceil((y1 - y0) / 8));
    yTicks = [];
    for (let k = Math.ceil(y0); k <= y1; k += stride) yTicks.push(k);
  } else yTicks = niceTicks(y0, y1, Math.max(2, Math.round((bottom - top) / 40)));
  out.push(`<g class="grid" stroke="#e5e5e5" stroke-width="1">`);
  for (const t of xTicks) out.push(`<line x1="${num(sx(t))}" y1="${num(top)}" x2="${num(sx(t))}" y2="${num(bottom)}"/>`);
  for (const t of yTicks) out.push(`<line x1="${num(left)}" y1="${num(sy(t))}" x2="${num(right)}" y2="${num(sy(t))}"/>`);
  out.push(`</g>`, `<g class="ticks" fill="#333">`);
  for (const t of xTicks)
    out.push(`<text x="${num(sx(t))}" y="${num(bottom + 14)}" text-anchor="middle">${escapeXml(formatTick(t))}</text>`);
  for (const t of yTicks) {
    // Number('1e-5') is exactly the double nearest 10⁻⁵; 10 ** -5 is not (9.999999999999999e-6).
    const label = logY ? formatTick(Number(`1e${t}`)) : formatTick(t);
    out.push(`<text x="${num(left - 6)}" y="${num(sy(t) + 4)}" text-anchor="end">${escapeXml(label)}</text>`);
  }
  out.push(`</g>`);

  // Axes: the zero lines when inside the domain, else the frame edges; then reference lines.
  const axisX = xd[0] <= 0 && xd[1] >= 0 ? sx(0) : left;
  const axisY = !logY && y0 <= 0 && y1 >= 0 ? sy(0) : bottom;
  out.push(
    `<rect class="frame" x="${num(left)}" y="${num(top)}" width="${num(right - left)}" height="${num(bottom - top)}" fill="none" stroke="#999"/>`,
  );
  out.push(
    `<g class="axes" stroke="#333" stroke-width="1"><line x1="${num(left)}" y1="${num(axisY)}" x2="${num(right)}" y2="${num(axisY)}"/><line x1="${num(axisX)}" y1="${num(top)}" x2="${num(axisX)}" y2="${num(bottom)}"/></g>`,
  );
  for (const v of options.vLines ?? []) {
    if (Number.isFinite(v) && v >= xd[0] && v <= xd[1])
      out.push(
        `<line class="vline" x1="${num(sx(v))}" y1="${num(top)}" x2="${num(sx(v))}" y2="${num(bottom)}" stroke="#888" stroke-dasharray="2 3"/>`,
      );
  }
  for (const h of options.hLines ?? []) {
    const v = ty(h);
    if (Number.isFinite(v) && v >= y0 && v <= y1)
      out.push(
        `<line class="hline" x1="${num(left)}" y1="${num(sy(v))}" x2="${num(right)}" y2="${num(sy(v))}" stroke="#888" stroke-dasharray="2 3"/>`,
      );
  }

  // Series: screen-space polylines, broken at non-finite points, clipped to the plot area.
  series.forEach((s, i) => {
    const color = s.color ?? PALETTE[i % PALETTE.length];
    let d = '';
    let prev: Point | null = null;
    let penAt: Point | null = null;
    for (const [x, y] of s.points) {
      const v = ty(y);
      const p: Point | null = Number.isFinite(x) && Number.isFinite(v) ? [sx(x), sy(v)] : null;
      if (p && prev) {
        const c = clip(prev, p, left, top, right, bottom);
        if (c) {
          if (!penAt || penAt[0] !== c[0][0] || penAt[1] !== c[0][1]) d += `M${num(c[0][0])} ${num(c[0][1])}`;
          d += `L${num(c[1][0])} ${num(c[1][1])}`;
          penAt = c[1];
        }
      } else if (p && p[0] >= left && p[0] <= right && p[1] >= top && p[1] <= bottom && s.points.length === 1) {
        d += `M${num(p[0])} ${num(p[1])}h0`;
      }
      prev = p;
    }
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(
      `<path class="series" data-name="${escapeXml(s.name)}" d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"${dash}/>`,
    );
  });

  for (const m of markers) {
    const v = ty(m.y);
    if (!Number.isFinite(m.x) || !Number.isFinite(v) || m.x < xd[0] || m.x > xd[1] || v < y0 || v > y1) continue;
    const [px, py] = [sx(m.x), sy(v)];
    const anchor = px > (left + right) / 2 ? 'end' : 'start';
    const lx = anchor === 'end' ? px - 8 : px + 8;
    out.push(
      `<g class="marker"><circle cx="${num(px)}" cy="${num(py)}" r="4" fill="#fff" stroke="#c00" stroke-width="2"/><text x="${num(lx)}" y="${num(py - 8)}" text-anchor="${anchor}" fill="#c00">${escapeXml(m.label)}</text></g>`,
    );
  }

  // Legend (top left of the plot area, on a translucent box).
  if (series.length > 0) {
    const rowH = 16;
    const lx = legendRight ? right + 8 : left + 8;
    out.push(
      `<g class="legend" transform="translate(${num(lx)} ${num(legendRight ? top : top + 8)})"><rect width="${num(legendW)}" height="${num(series.length * rowH + 6)}" fill="#fff" fill-opacity="0.85" stroke="#ccc"/>`,
    );
    series.forEach((s, i) => {
      const y = 4 + i * rowH + rowH / 2;
      const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
      out.push(
        `<line x1="6" y1="${num(y)}" x2="26" y2="${num(y)}" stroke="${escapeXml(s.color ?? PALETTE[i % PALETTE.length])}" stroke-width="2"${dash}/><text x="30" y="${num(y + 4)}">${escapeXml(s.name)}</text>`,
      );
    });
    out.push(`</g>`);
  }

  if (options.xLabel)
    out.push(
      `<text class="xlabel" x="${num((left + right) / 2)}" y="${num(height - 8)}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    );
  if (options.yLabel)
    out.push(
      `<text class="ylabel" transform="translate(14 ${num((top + bottom) / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
    );
  out.push(`</svg>`);
  return out.join('\n') + '\n';
}
