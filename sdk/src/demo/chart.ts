/** A small dependency-free SVG line chart: supply series over simulated time. */

export interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min || 1;
  const step = 10 ** Math.floor(Math.log10(span / count));
  const unit = [1, 2, 5, 10].map((m) => m * step).find((s) => span / s <= count) ?? step * 10;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / unit) * unit; t <= max + 1e-9; t += unit) ticks.push(+t.toFixed(10));
  return ticks;
}

export function lineChart(series: Series[], options: ChartOptions): string {
  const width = options.width ?? 820;
  const height = options.height ?? 420;
  const margin = { left: 90, right: 170, top: 40, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const all = series.flatMap((s) => s.points);
  const xMin = Math.min(...all.map((p) => p.x));
  const xMax = Math.max(...all.map((p) => p.x));
  const yMin = 0;
  const yMax = Math.max(...all.map((p) => p.y)) * 1.05 || 1;
  const sx = (x: number) => margin.left + ((x - xMin) / (xMax - xMin || 1)) * plotW;
  const sy = (y: number) => margin.top + plotH - ((y - yMin) / (yMax - yMin)) * plotH;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="16" font-weight="bold">${escape(options.title)}</text>`,
  ];
  for (const tick of niceTicks(yMin, yMax)) {
    const y = sy(tick);
    parts.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y}" y2="${y}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y + 4}" text-anchor="end">${tick.toLocaleString("en-US")}</text>`);
  }
  for (const tick of niceTicks(xMin, xMax)) {
    const x = sx(tick);
    parts.push(`<line x1="${x}" x2="${x}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 5}" stroke="#333"/>`);
    parts.push(`<text x="${x}" y="${margin.top + plotH + 18}" text-anchor="middle">${tick.toLocaleString("en-US")}</text>`);
  }
  parts.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`);
  parts.push(`<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escape(options.xLabel)}</text>`);
  parts.push(`<text transform="translate(18 ${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escape(options.yLabel)}</text>`);
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? "L" : "M"}${sx(p.x).toFixed(1)} ${sy(p.y).toFixed(1)}`).join(" ");
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    const ly = margin.top + 10 + i * 20;
    parts.push(`<line x1="${width - margin.right + 15}" x2="${width - margin.right + 35}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"/>`);
    parts.push(`<text x="${width - margin.right + 40}" y="${ly + 4}">${escape(s.name)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n");
}
