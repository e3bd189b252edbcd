// Search: words, facets (outlet, entity, speaker, month) that narrow the hits, highlighted snippets,
// paging; and saved searches, whose new matches come as an Atom feed.
import {el, route, section, note, pager, failure, articleName} from '../dom.js';
import {get, post, remove} from '../api.js';

const PAGE = 10;
const FACETS = [['outlet', 'Outlet'], ['entity', 'Entity'], ['speaker', 'Speaker'], ['month', 'Month']];

function monthRange(month) {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return {from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`};
}

/** The API's query for the address's parameters. */
function apiQuery(parameters) {
  const query = {};
  if (parameters.get('q')) query.q = parameters.get('q');
  for (const name of ['outlet', 'entity', 'speaker']) if (parameters.getAll(name).length) query[name] = parameters.getAll(name);
  if (parameters.get('month')) Object.assign(query, monthRange(parameters.get('month')));
  if (parameters.get('sort')) query.sort = parameters.get('sort');
  return query;
}

/** A facet value's label (an entity's name for its id), or the value itself. */
function facetLabel(results, facet, value) {
  const found = (results.facets[facet] || []).find((one) => one.value === value);
  return found ? found.label : value;
}

function go(parameters) {
  window.location.hash = '#/search' + (parameters.toString() ? '?' + parameters.toString() : '');
}

function snippet(hit, one) {
  const parts = [];
  let at = 0;
  for (const highlight of one.highlights) {
    parts.push(one.text.slice(at, highlight.begin), el('mark', {text: one.text.slice(highlight.begin, highlight.end)}));
    at = highlight.end;
  }
  parts.push(one.text.slice(at));
  return el('p', {class: 'snippet'}, el('a', {href: route('article', hit.article, {begin: one.begin, end: one.begin + one.text.trimEnd().length}), class: 'snippet-link'}, parts));
}

function facets(results, parameters) {
  const box = el('div', {class: 'facets'});
  for (const [name, title] of FACETS) {
    const values = results.facets[name] || [];
    if (values.length === 0) continue;
    const chosen = name === 'month' ? [parameters.get('month')] : parameters.getAll(name);
    box.append(el('fieldset', {class: 'facet', dataset: {facet: name}}, el('legend', {text: title}), values.map((value) => {
      const id = `facet-${name}-${value.value}`.replace(/[^A-Za-z0-9-]+/g, '_');
      const input = el('input', {type: name === 'month' ? 'radio' : 'checkbox', name: 'facet-' + name, id, value: value.value, checked: chosen.includes(value.value),
        on: {change: () => {
          const next = new URLSearchParams(parameters);
          next.delete('offset');
          if (name === 'month') next.set('month', value.value);
          else {
            const kept = next.getAll(name).filter((one) => one !== value.value);
            next.delete(name);
            for (const one of input.checked ? kept.concat(value.value) : kept) next.append(name, one);
          }
          go(next);
        }}});
      return el('div', {class: 'facet-value'}, input, el('label', {for: id, text: `${value.label} (${value.count})`}));
    }), name === 'month' && parameters.get('month') ? el('button', {type: 'button', text: 'Any month', on: {click: () => {
      const next = new URLSearchParams(parameters); next.delete('month'); next.delete('offset'); go(next);
    }}}) : null));
  }
  return box;
}

async function savedSearches(query) {
  const list = el('ul', {class: 'saved-searches'});
  const outcome = el('div', {'aria-live': 'polite'});
  async function refresh() {
    try {
      const saved = await get('/saved-searches');
      list.replaceChildren(...saved.savedSearches.map((one) => el('li', {dataset: {saved: one.id}},
        el('strong', {text: one.name}), ` (by ${one.madeBy}) · `, el('a', {href: one.feed, class: 'feed-link', type: 'application/atom+xml', text: 'Atom feed of new matches'}),
        ' ', el('button', {type: 'button', text: 'Delete', 'aria-label': 'Delete the saved search ' + one.name, on: {click: async () => {
          try { await remove('/saved-searches/' + one.id); refresh(); } catch (e) { outcome.replaceChildren(failure(e)); }
        }}}))));
      if (saved.savedSearches.length === 0) list.replaceChildren(el('li', {class: 'note', text: 'No saved searches yet.'}));
    } catch (e) {
      list.replaceChildren(failure(e));
    }
  }
  const name = el('input', {type: 'text', id: 'saved-name', required: true});
  const form = el('form', {class: 'save-search'}, el('label', {for: 'saved-name', text: 'Save this search as'}), ' ', name, ' ',
    el('button', {type: 'submit', text: 'Save search'}), outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const saved = await post('/saved-searches', {name: name.value.trim(), query});
      outcome.replaceChildren(el('p', {role: 'status'}, `Saved “${saved.name}”: its new matches come in `, el('a', {href: saved.feed, class: 'feed-link', text: 'this Atom feed'}), '.'));
      refresh();
    } catch (e) {
      outcome.replaceChildren(failure(e));
    }
  });
  await refresh();
  return [form, list];
}

export async function searchView(where) {
  const parameters = where.parameters;
  const offset = Math.max(0, parseInt(parameters.get('offset') || '0', 10) || 0);
  const query = apiQuery(parameters);
  // the saved searches are read beside the search, not after it (one round trip less before the first view)
  const [results, saved] = await Promise.all([get('/search', Object.assign({offset, limit: PAGE}, query)), savedSearches(query)]);
  const words = el('input', {type: 'search', id: 'search-q', name: 'q', value: parameters.get('q') || ''});
  const sort = el('select', {id: 'search-sort'}, [['relevance', 'Most relevant'], ['newest', 'Newest'], ['oldest', 'Oldest']].map(([value, text]) =>
    el('option', {value, text, selected: (parameters.get('sort') || 'relevance') === value})));
  const form = el('form', {class: 'search-form', role: 'search'}, el('label', {for: 'search-q', text: 'Words'}), ' ', words, ' ',
    el('label', {for: 'search-sort', text: 'Order'}), ' ', sort, ' ', el('button', {type: 'submit', text: 'Search'}));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams(parameters);
    next.delete('offset');
    if (words.value.trim()) next.set('q', words.value.trim()); else next.delete('q');
    if (sort.value !== 'relevance') next.set('sort', sort.value); else next.delete('sort');
    go(next);
  });
  const hits = el('ol', {class: 'hits', start: offset + 1}, results.hits.map((hit) => el('li', {class: 'hit', dataset: {article: hit.article}},
    el('h2', {}, el('a', {href: route('article', hit.article), text: articleName(hit)})),
    el('p', {class: 'byline', text: `${hit.outlet || 'unknown outlet'}${hit.published ? ' · ' + hit.published : ''}`}),
    hit.snippets.map((one) => snippet(hit, one)))));
  const filters = [...parameters.entries()].filter(([key]) => !['q', 'offset', 'sort'].includes(key));
  const view = el('div', {class: 'search-view'}, el('h1', {text: 'Search'}), form,
    filters.length ? el('p', {class: 'filters'}, 'Filters: ', filters.map(([key, value]) => el('span', {class: 'filter', text: `${key}: ${facetLabel(results, key, value)} `})),
      el('a', {href: route('search', null, {q: parameters.get('q')}), text: 'clear filters'})) : null,
    el('p', {class: 'total', role: 'status', text: `${results.total.toLocaleString('en')} article${results.total === 1 ? '' : 's'} found`}),
    el('div', {class: 'search-layout'}, facets(results, parameters),
      el('div', {class: 'results'}, results.hits.length ? hits : note('Nothing found.'),
        pager(results.total, offset, PAGE, (next) => { const moved = new URLSearchParams(parameters); moved.set('offset', next); go(moved); }))));
  view.append(section('Saved searches', el('p', {class: 'help', text: 'A saved search keeps these words and filters; its Atom feed lists the articles stored after it was saved that match it.'}),
    saved));
  return view;
}
