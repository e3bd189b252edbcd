// The pictures: a story's coverage bar by outlet, a zoomable timeline, a co-occurrence graph. Plain
// SVG and DOM: each is a few dozen lines, small enough not to need a charting library (and nothing
// may come from a CDN).
import {el, svg, append, route, evidenceHref, outletClass} from './dom.js';
import {fillWords} from './words.js';

/** A bar with one segment per outlet, sized by its articles, and the blindspot (outlets that left it out). */
export function coverageBar(coverage, blindspots, outlets) {
  const total = coverage.reduce((sum, one) => sum + one.articles, 0) || 1;
  const bar = el('div', {class: 'coverage', role: 'img',
    'aria-label': 'Coverage by outlet: ' + coverage.map((one) => `${one.outlet} ${one.articles}`).join(', ')});
  for (const one of coverage) {
    const segment = el('span', {class: ['segment', outletClass(outlets, one.outlet)], title: `${one.outlet}: ${one.articles} article(s), ${one.independentSources} independent text(s)`});
    segment.style.width = (100 * one.articles / total) + '%';
    bar.append(segment);
  }
  const legend = el('ul', {class: 'legend coverage-legend'},
    coverage.map((one) => el('li', {}, el('span', {class: ['swatch', outletClass(outlets, one.outlet)], 'aria-hidden': 'true'}),
      `${one.outlet} (${one.articles})`)));
  return el('div', {class: 'coverage-block'}, bar, legend, blindspot(blindspots));
}

/** "Left out by: …" or that no outlet of the store left it out. */
export function blindspot(blindspots) {
  if (!blindspots || blindspots.length === 0) return el('p', {class: 'blindspot none', text: 'Blindspot: none (every outlet of the store covers it).'});
  return el('p', {class: 'blindspot'}, el('strong', {text: 'Blindspot: '}), 'left out by ',
    blindspots.map((outlet, index) => [index ? ', ' : '', el('span', {class: 'outlet-name', text: outlet})]));
}

/** The time an event's date covers, as [first, last] milliseconds (2022, 2022-03, 2022-03-24, 2022-W12), or null. */
export function dateRange(value) {
  if (!value) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) { const day = Date.UTC(+match[1], +match[2] - 1, +match[3]); return [day, day + 86400000]; }
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) {
    const january4 = Date.UTC(+match[1], 0, 4);
    const monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86400000 + (+match[2] - 1) * 7 * 86400000;
    return [monday, monday + 7 * 86400000];
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return [Date.UTC(+match[1], +match[2] - 1, 1), Date.UTC(+match[1], +match[2], 1)];
  match = /^(\d{4})$/.exec(value);
  if (match) return [Date.UTC(+match[1], 0, 1), Date.UTC(+match[1] + 1, 0, 1)];
  return null;
}

function day(milliseconds) {
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/**
 * A zoomable timeline of events: one mark per dated event (a bar for a month or week, a dot for a
 * day), each a link to its evidence; zoom with the buttons or the mouse wheel, pan with the arrows.
 */
export function timeline(events) {
  const dated = events.map((event) => ({event, range: dateRange(event.date)})).filter((one) => one.range);
  const box = el('div', {class: 'timeline'});
  if (dated.length === 0) return box;
  const first = Math.min(...dated.map((one) => one.range[0]));
  const last = Math.max(...dated.map((one) => one.range[1]));
  const margin = Math.max((last - first) * 0.05, 86400000);
  const full = [first - margin, last + margin];
  let view = full.slice();
  const width = 900, rowHeight = 18, top = 28;
  const rows = [];
  dated.sort((a, b) => a.range[0] - b.range[0]);
  for (const one of dated) {
    let row = rows.findIndex((end) => end < one.range[0]);
    if (row < 0) { row = rows.length; rows.push(0); }
    rows[row] = one.range[1];
    one.row = row;
  }
  const height = top + Math.min(rows.length, 12) * rowHeight + 10;
  const picture = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'timeline-svg', role: 'group', 'aria-label': 'Timeline of the events'});
  const label = el('p', {class: 'timeline-range', 'aria-live': 'polite'});
  function x(time) { return (time - view[0]) / (view[1] - view[0]) * width; }
  function draw() {
    picture.replaceChildren();
    const span = view[1] - view[0];
    const ticks = 6;
    for (let index = 0; index <= ticks; index++) {
      const time = view[0] + span * index / ticks;
      picture.append(svg('line', {x1: x(time), x2: x(time), y1: 16, y2: height, class: 'tick'}),
        svg('text', {x: Math.min(Math.max(x(time), 30), width - 30), y: 12, class: 'tick-label', 'text-anchor': 'middle', text: day(time)}));
    }
    for (const one of dated) {
      const row = Math.min(one.row, 11);
      const left = x(one.range[0]), right = x(one.range[1]);
      if (right < 0 || left > width) continue;
      const evidence = one.event.evidence && one.event.evidence[0];
      const title = `${one.event.date}: ${one.event.summary || one.event.id}`;
      const mark = right - left < 6
        ? svg('circle', {cx: (left + right) / 2, cy: top + row * rowHeight + 6, r: 5, class: 'event-mark'})
        : svg('rect', {x: left, y: top + row * rowHeight, width: right - left, height: 12, rx: 3, class: 'event-mark'});
      mark.append(svg('title', {text: title}));
      picture.append(evidence ? svg('a', {href: evidenceHref(evidence), 'aria-label': title, class: 'event-link'}, mark) : mark);
    }
    label.textContent = `Showing ${day(view[0])} to ${day(view[1])}`;
  }
  function zoom(factor, centre) {
    const middle = centre === undefined ? (view[0] + view[1]) / 2 : centre;
    const span = Math.max((view[1] - view[0]) * factor, 86400000 * 2);
    view = [middle - (middle - view[0]) * span / (view[1] - view[0]), middle + (view[1] - middle) * span / (view[1] - view[0])];
    draw();
  }
  function pan(fraction) {
    const shift = (view[1] - view[0]) * fraction;
    view = [view[0] + shift, view[1] + shift];
    draw();
  }
  picture.addEventListener('wheel', (event) => {
    event.preventDefault();
    const bounds = picture.getBoundingClientRect();
    const centre = view[0] + (event.clientX - bounds.left) / bounds.width * (view[1] - view[0]);
    zoom(event.deltaY < 0 ? 0.8 : 1.25, centre);
  }, {passive: false});
  const button = (text, name, action) => el('button', {type: 'button', text, 'aria-label': name, on: {click: action}});
  const controls = el('div', {class: 'timeline-controls', role: 'toolbar', 'aria-label': 'Timeline zoom'},
    button('+', 'Zoom in', () => zoom(0.5)), button('−', 'Zoom out', () => zoom(2)),
    button('←', 'Earlier', () => pan(-0.25)), button('→', 'Later', () => pan(0.25)),
    button('Reset', 'Show everything', () => { view = full.slice(); draw(); }));
  draw();
  return append(box, [controls, picture, label]);
}

/** The events as a list: date, how it was dated (with the words that dated it), and its evidence. */
export function eventList(events, articleNames) {
  const list = el('ol', {class: 'events'});
  const ordered = events.slice().sort((a, b) => ((dateRange(a.date) || [Infinity])[0]) - ((dateRange(b.date) || [Infinity])[0]));
  for (const event of ordered) {
    const dating = (event.dates || []).map((date) => el('span', {class: 'dated-by'},
      'dated by “', fillWords(el('a', {href: evidenceHref(date.evidence), text: '…'}), date.evidence.article, date.evidence), '”',
      articleNames && articleNames[date.evidence.article] ? ` (${articleNames[date.evidence.article]})` : ''));
    const evidence = (event.evidence || []).map((one, index) => [' ', el('a', {href: evidenceHref(one), class: 'evidence-link', text: 'evidence' + (index ? ' ' + (index + 1) : '')})]);
    list.append(el('li', {class: 'event', dataset: {event: event.id}},
      el('span', {class: 'event-date', text: event.date || 'undated'}), ' ',
      el('span', {class: 'event-summary', text: event.summary || ''}), ' ',
      dating.length ? dating : el('span', {class: 'dated-by', text: event.date ? '' : 'no words date it'}), ' ', evidence));
  }
  return list;
}

/** The entities that share articles with one, as a star graph: edge width by shared articles, each node a link. */
export function coOccurrenceGraph(centre, neighbours) {
  const shown = neighbours.slice().sort((a, b) => b.articles - a.articles).slice(0, 24);
  const size = 420, middle = size / 2, radius = 150;
  const most = Math.max(1, ...shown.map((one) => one.articles));
  const picture = svg('svg', {viewBox: `0 0 ${size} ${size}`, class: 'graph', role: 'group', 'aria-label': `Entities that co-occur with ${centre}`});
  shown.forEach((one, index) => {
    const angle = 2 * Math.PI * index / Math.max(shown.length, 1) - Math.PI / 2;
    const x = middle + radius * Math.cos(angle), y = middle + radius * Math.sin(angle);
    picture.append(svg('line', {x1: middle, y1: middle, x2: x, y2: y, class: 'edge', 'stroke-width': 1 + 5 * one.articles / most}));
    const anchor = x < middle - 5 ? 'end' : x > middle + 5 ? 'start' : 'middle';
    const label = `${one.name} (${one.articles} shared article${one.articles === 1 ? '' : 's'})`;
    picture.append(svg('a', {href: route('entity', one.entity), 'aria-label': label},
      svg('circle', {cx: x, cy: y, r: 6 + 6 * one.articles / most, class: 'node'}, svg('title', {text: label})),
      svg('text', {x: x + (anchor === 'start' ? 12 : anchor === 'end' ? -12 : 0), y: y + (anchor === 'middle' ? (y < middle ? -14 : 22) : 4),
        'text-anchor': anchor, class: 'node-label', text: one.name})));
  });
  picture.append(svg('circle', {cx: middle, cy: middle, r: 16, class: 'node centre'}),
    svg('text', {x: middle, y: middle + 32, 'text-anchor': 'middle', class: 'node-label centre', text: centre}));
  return picture;
}
