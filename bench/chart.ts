// An SVG chart of the benchmark: build time and peak RSS against the number of
// briefings, Dossier beside the plain-Astro baseline. Main function: `chartSvg(points)`.

export interface ChartPoint {
  n: number;
  dossier: { wallMs: number; peakRssBytes: number; nodeRssBytes?: number };
  baseline: { wallMs: number; peakRssBytes: number };
}

type Series = 'dossier' | 'baseline' | 'dossierNode';

const W = 360;
const H = 240;
const PAD = { left: 56, right: 28, top: 34, bottom: 40 };
const COLORS = { dossier: '#b3261e', baseline: '#1f5fa8' };

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );
}

/** A round upper bound for an axis: 1, 2 or 5 × 10^k. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

function panel(
  x0: number,
  title: string,
  unit: string,
  points: readonly ChartPoint[],
  value: (p: ChartPoint, which: Series) => number | undefined,
  series: readonly Series[],
): string {
  const maxN = Math.max(...points.map((p) => p.n), 1);
  const maxY = niceMax(Math.max(...points.flatMap((p) => series.map((w) => value(p, w) ?? 0)), 0));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const sx = (n: number) => x0 + PAD.left + (n / maxN) * plotW;
  const sy = (y: number) => PAD.top + plotH - (y / maxY) * plotH;
  const parts: string[] = [];
  parts.push(
    `<text x="${x0 + W / 2}" y="18" text-anchor="middle" font-weight="600">${escapeXml(title)}</text>`,
  );
  for (let k = 0; k <= 4; k++) {
    const y = (maxY * k) / 4;
    parts.push(`<line x1="${sx(0)}" x2="${sx(maxN)}" y1="${sy(y)}" y2="${sy(y)}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${sx(0) - 6}" y="${sy(y) + 4}" text-anchor="end">${Number(y.toPrecision(3))}</text>`,
    );
  }
  for (const p of points)
    parts.push(
      `<text x="${sx(p.n)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${p.n.toLocaleString('en')}</text>`,
    );
  parts.push(
    `<text x="${x0 + PAD.left + plotW / 2}" y="${H - 6}" text-anchor="middle">briefings</text>`,
  );
  parts.push(
    `<text transform="translate(${x0 + 14} ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(unit)}</text>`,
  );
  parts.push(
    `<line x1="${sx(0)}" x2="${sx(0)}" y1="${PAD.top}" y2="${sy(0)}" stroke="#444"/><line x1="${sx(0)}" x2="${sx(maxN)}" y1="${sy(0)}" y2="${sy(0)}" stroke="#444"/>`,
  );
  for (const which of series) {
    const coords = points.flatMap((p) => {
      const v = value(p, which);
      return v === undefined ? [] : [`${sx(p.n).toFixed(1)},${sy(v).toFixed(1)}`];
    });
    if (coords.length === 0) continue;
    const color = which === 'baseline' ? COLORS.baseline : COLORS.dossier;
    const dash = which === 'dossierNode' ? ' stroke-dasharray="5 4"' : '';
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${coords.join(' ')}"/>`,
    );
    for (const c of coords) {
      const [cx, cy] = c.split(',');
      parts.push(
        `<circle cx="${cx}" cy="${cy}" r="3" fill="${which === 'dossierNode' ? '#fff' : color}" stroke="${color}"/>`,
      );
    }
  }
  return parts.join('\n');
}

/** Two panels side by side: wall time (s) and peak RSS (MB) against N. */
export function chartSvg(points: readonly ChartPoint[], caption = ''): string {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const legendY = H + 16;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 28}" viewBox="0 0 ${2 * W} ${H + 28}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>Dossier build vs plain Astro + Pagefind: time and memory against the number of briefings</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(
      0,
      'Build wall time',
      'seconds',
      sorted,
      (p, w) => (w === 'dossierNode' ? undefined : p[w].wallMs / 1000),
      ['baseline', 'dossier'],
    ),
    panel(
      W,
      'Peak RSS (largest process)',
      'MB',
      sorted,
      (p, w) =>
        w === 'dossierNode'
          ? p.dossier.nodeRssBytes
            ? p.dossier.nodeRssBytes / 2 ** 20
            : undefined
          : p[w].peakRssBytes / 2 ** 20,
      ['baseline', 'dossier', 'dossierNode'],
    ),
    `<rect x="${PAD.left}" y="${legendY - 8}" width="10" height="10" fill="${COLORS.dossier}"/><text x="${PAD.left + 14}" y="${legendY + 1}">Dossier (npm run build)</text>`,
    `<line x1="${PAD.left + 150}" x2="${PAD.left + 166}" y1="${legendY - 3}" y2="${legendY - 3}" stroke="${COLORS.dossier}" stroke-width="2" stroke-dasharray="5 4"/><text x="${PAD.left + 170}" y="${legendY + 1}">its Node process</text>`,
    `<rect x="${PAD.left + 268}" y="${legendY - 8}" width="10" height="10" fill="${COLORS.baseline}"/><text x="${PAD.left + 282}" y="${legendY + 1}">plain Astro + Pagefind, same source.md files</text>`,
    caption
      ? `<text x="${2 * W - PAD.right}" y="${legendY + 1}" text-anchor="end" fill="#666">${escapeXml(caption)}</text>`
      : '',
    '</svg>',
    '',
  ].join('\n');
}
