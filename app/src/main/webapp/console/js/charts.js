// Small SVG charts drawn with presentation attributes only (the Content-Security-Policy allows no inline style).

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

/**
 * One bar per item, its height `value(item)` scaled to the largest, filled by `colour(item)`, titled by
 * `label(item)` (the tooltip and what a screen reader reads).
 */
export function bars(items, { value, colour, label, width = 560, height = 80, name }) {
  const max = Math.max(1, ...items.map(value));
  const step = width / Math.max(1, items.length);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': name });
  // a baseline, so a chart of empty hours still reads as a chart
  chart.append(svg('rect', { x: 0, y: height - 1, width, height: 1, fill: '#d0d7de' }));
  items.forEach((item, i) => {
    const h = Math.round((value(item) / max) * (height - 4));
    const bar = svg('rect', { x: i * step + 1, y: height - h, width: Math.max(1, step - 2), height: h,
      fill: colour(item) });
    bar.append(svg('title', {}, label(item)));
    chart.append(bar);
  });
  return chart;
}

/**
 * Segments on a time line: one row per session, each segment a bar from its start to its end (open ones to the
 * conversation's end), coloured by type.
 */
export function timeline(rows, from, to, { width = 900, rowHeight = 20, labelWidth = 180, name }) {
  const start = Date.parse(from);
  const span = Math.max(1, Date.parse(to) - start);
  const plot = width - labelWidth;
  const x = (iso) => labelWidth + Math.max(0, Math.min(plot, ((Date.parse(iso) - start) / span) * plot));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight}`, width,
    height: rows.length * rowHeight, role: 'img', 'aria-label': name });
  rows.forEach((row, i) => {
    chart.append(svg('text', { x: 0, y: i * rowHeight + rowHeight - 6, 'font-size': 12, fill: '#1d2329' },
      row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label));
    for (const s of row.segments) {
      const left = x(s.start);
      const bar = svg('rect', { x: left, y: i * rowHeight + 4, height: rowHeight - 8,
        width: Math.max(2, x(s.end || to) - left), fill: SEGMENT_COLOURS[s.segmentType] || '#8c959f' });
      bar.append(svg('title', {}, `${row.label}: ${s.segmentType} ${s.start} – ${s.end || 'open'}`));
      chart.append(bar);
    }
  });
  return chart;
}

const SEGMENT_COLOURS = { interact: '#1a7f37', hold: '#bc4c00', wrapup: '#0b5cad', alert: '#9a6700', ivr: '#6e40c9',
  dialing: '#57606a', contacting: '#57606a', system: '#8c959f' };
