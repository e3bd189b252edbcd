// An entity: its aliases (each can be split off), roles with their evidence, its quotes and who spoke
// about it, its timeline, its articles (paged) and the entities it co-occurs with as a graph; merging.
import {el, route, evidenceHref, section, note, pager, articleName} from '../dom.js';
import {get, forget} from '../api.js';
import {timeline, eventList, coOccurrenceGraph} from '../charts.js';
import {correctionForm, correct, auditAbout} from './corrections.js';
import {fillWords} from '../words.js';

const PAGE = 20;

export async function entityView(where) {
  const offset = Math.max(0, parseInt(where.parameters.get('offset') || '0', 10) || 0);
  const page = await get('/entities/' + encodeURIComponent(where.id), {offset, limit: PAGE});
  const entity = page.entity;
  const view = el('div', {class: 'entity-view', dataset: {entity: entity.id}});
  // its articles: those of its aliases and roles (format 3.0 no longer lists them on the entity)
  const articles = new Set([...entity.aliases.flatMap((alias) => alias.articles), ...entity.roles.map((role) => role.evidence && role.evidence.article).filter(Boolean)]);
  view.append(el('h1', {text: entity.name}),
    el('p', {class: 'counts', text: `${entity.type} · in ${articles.size} article${articles.size === 1 ? '' : 's'} · id ${entity.id}`
      + (entity.metonymFor ? ` · stands for ${entity.metonymFor}` : '')}));
  view.append(section('Aliases', el('ul', {class: 'aliases'}, entity.aliases.map((alias) => el('li', {},
    el('span', {class: 'alias', text: alias.name}), ` in ${alias.articles.length} article${alias.articles.length === 1 ? '' : 's'}`)))));
  view.append(section('Roles', entity.roles.length ? el('ul', {class: 'roles'}, entity.roles.map((role) => el('li', {},
    el('strong', {text: role.title}), ' — ', fillWords(el('a', {href: evidenceHref(role.evidence), text: '“…”'}), role.evidence.article, role.evidence, (words) => '“' + words + '”')))) : note('No roles found.')));
  view.append(section('Quotes', page.quotes.length ? quoteList(entity.id, page.quotes, page.quotesTotal) : note('No quotes from this entity.')));
  if (page.spokenAboutBy.length) {
    view.append(section('Who spoke about it', el('ul', {}, page.spokenAboutBy.map((speaker) => el('li', {},
      el('a', {href: route('entity', speaker.entity), text: speaker.name}), ` (${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'})`)))));
  }
  view.append(section('Timeline', timeline(page.timeline), page.timeline.length ? eventList(page.timeline) : note('No events.')));
  const hits = page.articles;
  view.append(section('Articles', el('ul', {class: 'articles'}, hits.hits.map((hit) => el('li', {},
    el('a', {href: route('article', hit.article), text: articleName(hit)}), ` — ${hit.outlet || ''}${hit.published ? ', ' + hit.published : ''}`))),
  pager(hits.total, offset, PAGE, (next) => { window.location.hash = route('entity', entity.id, {offset: next}); })));
  view.append(section('Co-occurring entities', page.coOccurring.length ? [coOccurrenceGraph(entity.name, page.coOccurring),
    el('ul', {class: 'co-occurring'}, page.coOccurring.map((one) => el('li', {},
      el('a', {href: route('entity', one.entity), text: one.name}), ` (${one.articles})`)))] : note('It shares no article with another entity.')));
  view.append(section('Corrections', corrections(entity)));
  return view;
}

/** The entity's first quotes, and a button that brings the next ones (the API pages them: an entity may have said thousands). */
function quoteList(id, first, total) {
  const list = el('ul', {class: 'quotes'});
  const add = (quotes) => list.append(...quotes.map((quote) => el('li', {},
    el('a', {class: 'quote-link', href: route('article', quote.article, {begin: quote.span.begin, end: quote.span.end}), text: '“' + quote.text + '”'}),
    el('span', {class: 'source', text: ` ${quote.outlet}${quote.speaker ? ', as “' + quote.speaker + '”' : ''}`}))));
  add(first);
  const count = el('p', {class: 'help'});
  const more = el('button', {type: 'button', class: 'more-quotes', text: 'More quotes'});
  const shown = () => { count.textContent = `${list.children.length} of ${total} quotes.`; more.hidden = list.children.length >= total; };
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await get('/quotes', {speaker: id, offset: list.children.length, limit: PAGE});
    add(next.quotes);
    more.disabled = false;
    shown();
  });
  shown();
  return el('div', {}, list, count, more);
}

function corrections(entity) {
  const audit = auditAbout([entity.id]);
  const candidates = el('datalist', {id: 'entity-candidates'});
  const input = el('input', {type: 'text', id: 'merge-entity', list: 'entity-candidates', required: true, autocomplete: 'off'});
  input.addEventListener('input', async () => {
    if (input.value.trim().length < 2) return;
    const found = await get('/entities', {q: input.value.trim(), limit: 10});
    candidates.replaceChildren(...found.entities.filter((one) => one.id !== entity.id)
      .map((one) => el('option', {value: one.id, text: `${one.name} (${one.type}, ${one.id})`})));
  });
  const merge = correctionForm('Merge an entity into this one', 'Entity id (type a name to find it)',
    'The other entity\'s mentions, aliases and quotes become this one\'s; this one keeps its id.',
    (other) => correct('/entities/' + encodeURIComponent(entity.id) + '/merge', {merged: other.trim()}), input);
  const alias = el('select', {id: 'split-alias', required: true}, entity.aliases.map((one) => el('option', {value: one.name, text: one.name})));
  const split = correctionForm('Split an alias off into an entity of its own', 'Alias',
    'Its mentions by that name become a new entity.',
    (name) => correct('/entities/' + encodeURIComponent(entity.id) + '/split', {alias: name}), alias);
  const box = el('div', {class: 'corrections'}, merge, candidates, split, el('h3', {text: 'Audit log for this entity'}), audit);
  box.addEventListener('corrected', () => { forget(); audit.refresh(); });
  return box;
}
