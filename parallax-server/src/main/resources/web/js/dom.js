// DOM construction for everything the store says. Data is only ever set as text (textContent, text
// nodes, attribute values): never as markup, so an article's "<script>" stays the characters it is.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'class') element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (name === 'href') element.setAttribute('href', safeHref(String(value)));
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened, null skipped. */
export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** An HTML element: el('a', {href: '#/', text: 'Stories'}), el('ul', {}, items). */
export function el(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** An SVG element. */
export function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** An address that is safe in a link: the app's own (#/..., /...) or http(s); anything else (javascript:, data:) becomes '#'. */
export function safeHref(value) {
  if (value.startsWith('#') || (value.startsWith('/') && !value.startsWith('//'))) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}

/** Empties an element. */
export function clear(element) {
  element.replaceChildren();
  return element;
}

/** An app link: route and parameters, e.g. link('article', 'a1', {begin: 3, end: 9}). */
export function route(name, id, parameters) {
  let hash = '#/' + name + (id === undefined || id === null ? '' : '/' + encodeURIComponent(id));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters || {})) {
    for (const one of [].concat(value)) if (one !== undefined && one !== null && one !== '') query.append(key, String(one));
  }
  const text = query.toString();
  return text ? hash + '?' + text : hash;
}

/** A link to where an evidence span sits in its article. */
export function evidenceHref(evidence) {
  return route('article', evidence.article, {begin: evidence.begin, end: evidence.end});
}

/** A section with a heading (h2 by default). */
export function section(title, ...children) {
  const id = 'section-' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return el('section', {class: 'panel', 'aria-labelledby': id}, el('h2', {id, text: title}), children);
}

/** A short note, for what is empty or missing. */
export function note(text) {
  return el('p', {class: 'note', text});
}

/** A message for a failure, with its category. */
export function failure(error) {
  const category = error && error.category ? error.category + ': ' : '';
  return el('p', {class: 'error', role: 'alert', text: category + (error && error.message ? error.message : String(error))});
}

/** Pager: "previous / 21–40 of 1,234 / next", calling go(offset). */
export function pager(total, offset, limit, go) {
  const nav = el('nav', {class: 'pager', 'aria-label': 'Pages'});
  const last = Math.min(total, offset + limit);
  const previous = el('button', {type: 'button', text: '← Previous', disabled: offset <= 0, on: {click: () => go(Math.max(0, offset - limit))}});
  const next = el('button', {type: 'button', text: 'Next →', disabled: last >= total, on: {click: () => go(offset + limit)}});
  const where = el('span', {class: 'where', text: total === 0 ? 'none' : `${(offset + 1).toLocaleString('en')}–${last.toLocaleString('en')} of ${total.toLocaleString('en')}`});
  return append(nav, [previous, ' ', where, ' ', next]);
}

/** The article's display name: its title, else its source's file name. */
export function articleName(article) {
  if (article.title) return article.title;
  const source = article.source || '';
  return source.split(/[\\/]/).filter(Boolean).pop() || article.id || article.article;
}

/** A small colour index per outlet, stable for the store's outlet list. */
export function outletClass(outlets, outlet) {
  const index = outlets.indexOf(outlet);
  return 'outlet-' + (index < 0 ? 'x' : index % 12);
}
