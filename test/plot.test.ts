import { describe, expect, it } from 'vitest';
import { escapeXml, lineChart, niceTicks } from '../scripts/plot/svg.js';

describe('niceTicks', () => {
  it('uses 1-2-5 steps without rounding noise', () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(-4, 4, 8)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(-1.3, 2.7, 4)).toEqual([-1, 0, 1, 2]);
    expect(niceTicks(0, 100, 2)).toEqual([0, 50, 100]);
  });
  it('handles reversed, degenerate and non-finite bounds', () => {
    expect(niceTicks(10, 0, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(3, 3, 5)).toEqual([3]);
    expect(niceTicks(0, Infinity, 5)).toEqual([]);
    expect(niceTicks(NaN, 1, 5)).toEqual([]);
  });
  it('never returns -0', () => {
    for (const t of niceTicks(-1, 1, 4)) expect(Object.is(t, -0)).toBe(false);
  });
});

describe('lineChart', () => {
  const relu: [number, number][] = [-2, -1, 0, 1, 2].map((x) => [x, Math.max(0, x)]);

  it('draws one path per series, axes, ticks and a legend', () => {
    const svg = lineChart({
      width: 400,
      height: 300,
      title: 'relu',
      xLabel: 'x',
      yLabel: 'f(x)',
      series: [
        { name: 'f', points: relu },
        { name: 'f′', points: relu.map(([x]) => [x, x > 0 ? 1 : 0]), dashed: true },
      ],
      markers: [{ x: 0, y: 0, label: 'kink' }],
      vLines: [0],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path class="series"/g)).toHaveLength(2);
    expect(svg).toMatch(/data-name="f" d="M[\d.]+ [\d.]+L/);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('class="legend"');
    expect(svg).toContain('>kink</text>');
    expect(svg).toContain('>−2</text>');
    expect(svg).toContain('>2</text>');
    expect(svg).toContain('<title>relu</title>');
  });

  it('escapes text', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
    const svg = lineChart({ width: 200, height: 100, title: 'a<b & c', series: [{ name: '"x"<y>', points: relu }] });
    expect(svg).toContain('a&lt;b &amp; c');
    expect(svg).toContain('&quot;x&quot;&lt;y&gt;');
    expect(svg).not.toContain('a<b');
  });

  it('drops non-finite points and never prints NaN or Infinity', () => {
    const svg = lineChart({
      width: 300,
      height: 200,
      series: [
        {
          name: 'bad',
          points: [
            [0, 1],
            [1, NaN],
            [2, Infinity],
            [3, -Infinity],
            [4, 2],
            [5, 3],
            [NaN, 1],
          ],
        },
        { name: 'empty', points: [] },
      ],
      markers: [{ x: NaN, y: 0, label: 'nan' }],
      hLines: [Infinity],
    });
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toMatch(/data-name="bad" d="M[\d.]+ [\d.]+L[\d.]+ [\d.]+"/); // only the 4→5 segment
  });

  it('clips to an explicit domain', () => {
    const svg = lineChart({
      width: 300,
      height: 200,
      yDomain: [0, 1],
      series: [
        {
          name: 's',
          points: [
            [0, 0],
            [1, 1e300],
          ],
        },
      ],
    });
    expect(svg).not.toMatch(/NaN|Infinity|e\+/);
  });

  it('uses powers of ten on a log axis and drops y ≤ 0', () => {
    const points: [number, number][] = [
      [0, 0],
      [1, 1e-3],
      [2, 1e-1],
      [3, 10],
    ];
    const svg = lineChart({ width: 300, height: 200, logY: true, series: [{ name: 'err', points }] });
    for (const label of ['0.001', '0.01', '0.1', '1', '10']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('labels small powers of ten exactly on a log axis (1e-5, not 9.999999999999999e-6)', () => {
    const svg = lineChart({
      width: 720,
      height: 400,
      logY: true,
      series: [
        {
          name: 'a',
          points: [
            [0, 1e-11],
            [1, 1],
          ],
        },
      ],
    });
    expect(svg).not.toMatch(/9\.9999/);
  });

  it('survives an empty chart', () => {
    expect(lineChart({ width: 100, height: 100, series: [] })).not.toMatch(/NaN|Infinity/);
  });
});
