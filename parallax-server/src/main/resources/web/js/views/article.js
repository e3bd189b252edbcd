// The article reader: the text with its spans highlighted (entity mentions by type, quotes, speakers,
// time expressions) and a legend that shows or hides each kind, like displaCy; hovering or focusing
// a span shows what it resolved to. #/article/ID?begin=B&end=E scrolls to that span and marks it.
import {el, append, route, section, note, articleName} from '../dom.js';
import {cached} from '../api.js';
import {slice} from '../words.js';

/** The spans of an article, each {kind, label, begin, end, describe()}. */
function spansOf(article) {
  const spans = [];
  for (const mention of article.mentions || []) {
    spans.push({kind: 'mention', label: mention.type, begin: mention.begin, end: mention.end, data: mention});
  }
  for (const timex of article.timexes || []) {
    spans.push({kind: 'time', label: 'TIME', begin: timex.begin, end: timex.end, data: timex});
  }
  for (const quote of article.quotes || []) {
    // format 4.1: an interrupted quotation ("A," he said. "B.") comes in pieces; the words between are not the quote's
    for (const piece of quote.pieces || [quote]) {
      spans.push({kind: 'quote', label: 'QUOTE', begin: piece.begin, end: piece.end, data: quote});
    }
    if (quote.speaker && quote.speaker.end > quote.speaker.begin) {
      spans.push({kind: 'speaker', label: 'SPEAKER', begin: quote.speaker.begin, end: quote.speaker.end, data: quote});
    }
  }
  return spans.filter((span) => span.end > span.begin && span.begin >= 0 && span.end <= article.text.length);
}

/** The text cut at every span boundary: [{begin, end, spans: [indexes]}]. */
function segments(length, spans) {
  const cuts = new Set([0, length]);
  for (const span of spans) { cuts.add(span.begin); cuts.add(span.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map(), ends = new Map();
  spans.forEach((span, index) => {
    if (!starts.has(span.begin)) starts.set(span.begin, []);
    starts.get(span.begin).push(index);
    if (!ends.has(span.end)) ends.set(span.end, []);
    ends.get(span.end).push(index);
  });
  const open = new Set();
  const result = [];
  for (let index = 0; index < points.length - 1; index++) {
    for (const one of ends.get(points[index]) || []) open.delete(one);
    for (const one of starts.get(points[index]) || []) open.add(one);
    result.push({begin: points[index], end: points[index + 1], spans: [...open]});
  }
  return result;
}

const LABEL_NAMES = {QUOTE: 'Quote', SPEAKER: 'Speaker', TIME: 'Time expression'};

function labelClass(label) {
  return 'label-' + label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function entityLine(entity) {
  if (!entity) return null;
  const line = el('span', {}, el('a', {href: route('entity', entity), text: entity}));
  cached('/entities/' + encodeURIComponent(entity), {limit: 0}).then((page) => {
    line.replaceChildren(el('a', {href: route('entity', entity), text: `${page.entity.name} (${page.entity.type})`}));
  }, () => {});
  return line;
}

/** What a span resolved to, as DOM. */
function describe(article, span) {
  const data = span.data;
  if (span.kind === 'mention') {
    return [el('strong', {text: data.type}), ' “', slice(article, data), '” → ', data.entity ? entityLine(data.entity) : 'no entity'];
  }
  if (span.kind === 'time') {
    // analysis format 4.0 leaves out the reference when it is the article's own publication date
    const basis = data.reference || (article.published ? {kind: 'publication', date: article.published} : null);
    const reference = basis ? ` (relative to the ${basis.kind} date ${basis.date || ''})` : '';
    return [el('strong', {text: 'TIMEX ' + data.type}), ' “', slice(article, data), '” = ', el('code', {text: data.value || '?'}), reference];
  }
  const speaker = data.speaker;
  const who = speaker ? ['“', slice(article, speaker), '”', speaker.entity ? [' → ', entityLine(speaker.entity)] : '', speaker.resolution ? ` (by ${speaker.resolution})` : ''] : 'no speaker found';
  if (span.kind === 'speaker') return [el('strong', {text: 'SPEAKER'}), ' of a ', data.kind, ' quote: ', who];
  const pieces = data.pieces ? ` — in ${data.pieces.length} pieces` : '';
  return [el('strong', {text: `QUOTE (${data.kind})`}), ' said by ', who, data.cue ? ` — cue “${slice(article, data.cue)}”` : '', pieces,
    data.addressee ? ` — to “${slice(article, data.addressee)}”` : ''];
}

function reader(article, target) {
  const spans = spansOf(article);
  const text = el('div', {class: 'article-text', id: 'article-text'});
  const tip = el('div', {class: 'span-tip', role: 'tooltip', id: 'span-tip', hidden: true});
  let targetElements = [];
  for (const segment of segments(article.text.length, spans)) {
    const piece = article.text.slice(segment.begin, segment.end);
    if (segment.spans.length === 0) { text.append(piece); continue; }
    const classes = ['span'];
    for (const index of segment.spans) classes.push('kind-' + spans[index].kind, labelClass(spans[index].label));
    const starts = segment.spans.some((index) => spans[index].begin === segment.begin);
    const node = el('span', {class: classes, dataset: {begin: segment.begin, end: segment.end}, tabindex: starts ? '0' : null,
      'aria-describedby': 'span-tip', text: piece});
    node.spans = segment.spans.map((index) => spans[index]);
    text.append(node);
    if (target && segment.begin < target.end && segment.end > target.begin) targetElements.push(node);
  }
  if (target && targetElements.length === 0) {
    // the span is plain text (no span of the analysis covers it): mark it anyway
    text.replaceChildren();
    text.append(article.text.slice(0, target.begin));
    const mark = el('mark', {class: 'target', text: article.text.slice(target.begin, target.end)});
    text.append(mark, article.text.slice(target.end));
    targetElements = [mark];
  }
  for (const node of targetElements) node.classList.add('target');
  const show = (event) => {
    const node = event.target.closest('.span');
    if (!node || !node.spans) return;
    const rows = node.spans.slice().sort((a, b) => (b.end - b.begin) - (a.end - a.begin)).map((span) => el('p', {}, describe(article, span)));
    tip.replaceChildren(...rows);
    tip.hidden = false;
    const box = node.getBoundingClientRect(), outer = text.getBoundingClientRect();
    tip.style.left = Math.max(0, box.left - outer.left) + 'px';
    tip.style.top = (box.bottom - outer.top + 6) + 'px';
  };
  const hide = (event) => { if (!event.relatedTarget || !tip.contains(event.relatedTarget)) tip.hidden = true; };
  text.addEventListener('mouseover', show);
  text.addEventListener('focusin', show);
  text.addEventListener('mouseleave', hide);
  text.addEventListener('focusout', hide);
  const box = el('div', {class: 'reader'}, text, tip);
  box.targets = targetElements;
  box.labels = [...new Set(spans.map((span) => span.label))];
  return box;
}

function legend(labels, container) {
  const order = ['QUOTE', 'SPEAKER', 'TIME'];
  const sorted = labels.slice().sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  return el('fieldset', {class: 'legend span-legend'}, el('legend', {text: 'Spans shown'}), sorted.map((label) => {
    const id = 'show-' + labelClass(label);
    const kind = LABEL_NAMES[label] ? null : 'mention';
    const box = el('input', {type: 'checkbox', id, checked: true, on: {change: () => {
      if (kind) for (const node of container.querySelectorAll('.kind-mention.' + labelClass(label))) node.classList.toggle('muted-mention', !box.checked);
      else container.classList.toggle('hide-' + label.toLowerCase(), !box.checked);
    }}});
    return el('span', {class: 'legend-item'}, box, el('label', {for: id, class: ['swatch-label', labelClass(label)], text: LABEL_NAMES[label] || label}));
  }));
}

export async function articleView(where) {
  const page = await cached('/articles/' + encodeURIComponent(where.id));
  const article = page.article;
  const begin = parseInt(where.parameters.get('begin'), 10), end = parseInt(where.parameters.get('end'), 10);
  const target = Number.isFinite(begin) && Number.isFinite(end) && end > begin ? {begin, end} : null;
  const view = el('article', {class: 'article-view', dataset: {article: article.id}});
  const published = article.published ? `published ${article.published}${article.publishedFrom ? ' (from the ' + article.publishedFrom + ')' : ''}` : 'publication date unknown';
  append(view, [el('h1', {text: articleName(article)}),
    article.subtitle ? el('p', {class: 'subtitle', text: article.subtitle}) : null,
    el('p', {class: 'byline'}, el('span', {class: 'outlet-name', text: article.outlet || 'unknown outlet'}), ' · ', published,
      article.authors.length ? ' · by ' + article.authors.join(', ') : '',
      article.url ? [' · ', el('a', {href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: article.url})] : ''),
    el('p', {class: 'source'}, `Source: ${article.source} (${article.format})`,
      page.stories.length ? [' · Stories: ', page.stories.map((story, index) => [index ? ', ' : '', el('a', {href: route('story', story), text: story})])] : '',
      page.nearDuplicates.length ? ` · ${page.nearDuplicates.length} near duplicate(s)` : '')]);
  const text = reader(article, target);
  view.append(legend(text.labels, text), text);
  view.append(el('p', {class: 'help', text: 'Hover or focus (Tab) a highlighted span to see what it resolved to: the entity, a time expression\'s value, a quote\'s speaker.'}));
  if (article.embeddedPosts && article.embeddedPosts.length) {
    view.append(section('Embedded posts', el('ul', {}, article.embeddedPosts.map((post) => el('li', {},
      `${post.author || 'unknown'}${post.published ? ', ' + post.published : ''}: `, el('a', {href: route('article', article.id, {begin: post.begin, end: post.end}), text: slice(article, post).slice(0, 140)}))))));
  }
  if (article.removed && article.removed.length) {
    view.append(el('details', {class: 'removed'}, el('summary', {text: `${article.removed.length} part(s) left out of the text (boilerplate)`}),
      el('ul', {}, article.removed.map((part) => el('li', {}, el('strong', {text: part.reason + ': '}), part.text)))));
  }
  if (target && text.targets.length) {
    requestAnimationFrame(() => {
      text.targets[0].scrollIntoView({block: 'center'});
      text.targets[0].setAttribute('tabindex', text.targets[0].getAttribute('tabindex') || '-1');
      text.targets[0].focus({preventScroll: true});
    });
  } else if (target) {
    view.prepend(note('That span is outside this article\'s text.'));
  }
  return view;
}
