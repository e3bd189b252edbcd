// An entity: its aliases (each can be split off), roles with their evidence, its quotes and who spoke
// about it, its timeline, its articles (paged) and the entities it co-occurs with as a graph; merging.
// The page is drawn from one bounded answer (the first page of each list); "More ..." brings the rest.
import {el, route, evidenceHref, section, note, pager, articleName} from '../dom.js';
import {get, forget} from '../api.js';
import {timeline, eventList, coOccurrenceGraph} from '../charts.js';
import {morePages, firstParameter} from '../paging.js';
import {correctionForm, correct, auditAbout} from './corrections.js';
import {fillWords} from '../words.js';

const PAGE = 20;

export async function entityView(where) {
  const offset = Math.max(0, parseInt(where.parameters.get('offset') || '0', 10) || 0);
  // one bounded answer: the entity and the first page of each of its lists, the rest on asking
  const first = firstParameter(where);
  const page = await get('/entities/' + encodeURIComponent(where.id), {offset, limit: PAGE, first});
  const entity = page.entity;
  const view = el('div', {class: 'entity-view', dataset: {entity: entity.id}});
  const hits = page.articles;
  view.append(el('h1', {text: entity.name}),
    el('p', {class: 'counts', text: `${entity.type} · in ${hits.total.toLocaleString('en')} article${hits.total === 1 ? '' : 's'} · id ${entity.id}`
      + (entity.metonymFor ? ` · stands for ${entity.metonymFor}` : '')}));
  const aliasChoices = el('select', {id: 'split-alias', required: true});
  const aliases = el('ul', {class: 'aliases'});
  const addAliases = (items) => {
    aliases.append(...items.map((alias) => el('li', {},
      el('span', {class: 'alias', text: alias.name}), ` in ${alias.articles} article${alias.articles === 1 ? '' : 's'}`)));
    aliasChoices.append(...items.map((alias) => el('option', {value: alias.name, text: alias.name})));
  };
  addAliases(page.aliases.aliases);
  view.append(section('Aliases', aliases, morePages(page.aliases, 'aliases', 'aliases', addAliases)));
  const roles = el('ul', {class: 'roles'});
  const addRoles = (items) => roles.append(...items.map((role) => el('li', {},
    el('strong', {text: role.title}), ' — ', fillWords(el('a', {href: evidenceHref(role.evidence), text: '“…”'}), role.evidence.article, role.evidence, (words) => '“' + words + '”'))));
  addRoles(page.roles.roles);
  view.append(section('Roles', page.roles.total ? [roles, morePages(page.roles, 'roles', 'roles', addRoles)] : note('No roles found.')));
  view.append(section('Quotes', page.quotes.total ? quoteList(page.quotes) : note('No quotes from this entity.')));
  if (page.spokenAboutBy.total) {
    const speakers = el('ul', {class: 'spoken-about-by'});
    const addSpeakers = (items) => speakers.append(...items.map((speaker) => el('li', {},
      el('a', {href: route('entity', speaker.entity), text: speaker.name}), ` (${speaker.quotes} quote${speaker.quotes === 1 ? '' : 's'})`)));
    addSpeakers(page.spokenAboutBy.speakers);
    view.append(section('Who spoke about it', speakers, morePages(page.spokenAboutBy, 'speakers', 'speakers', addSpeakers)));
  }
  view.append(section('Timeline', eventsBox(page.timeline)));
  view.append(section('Articles', el('ul', {class: 'articles'}, hits.hits.map((hit) => el('li', {},
    el('a', {href: route('article', hit.article), text: articleName(hit)}), ` — ${hit.outlet || ''}${hit.published ? ', ' + hit.published : ''}`))),
  pager(hits.total, offset, PAGE, (next) => { window.location.hash = route('entity', entity.id, {offset: next, first}); })));
  view.append(section('Co-occurring entities', page.coOccurring.length ? [coOccurrenceGraph(entity.name, page.coOccurring),
    el('ul', {class: 'co-occurring'}, page.coOccurring.map((one) => el('li', {},
      el('a', {href: route('entity', one.entity), text: one.name}), ` (${one.articles})`)))] : note('It shares no article with another entity.')));
  view.append(section('Corrections', corrections(entity, aliasChoices)));
  return view;
}

/** The entity's first events as a timeline and a list, redrawn with each further page ("More events"). */
function eventsBox(first) {
  if (first.total === 0) return note('No events.');
  const events = first.events.slice();
  const drawn = el('div', {class: 'timeline-box'});
  const draw = () => drawn.replaceChildren(timeline(events), eventList(events));
  draw();
  return el('div', {}, drawn, morePages(first, 'events', 'events', (more) => { events.push(...more); draw(); }));
}

/** The entity's first quotes, and a button that brings the next ones (the API pages them: an entity may have said thousands). */
function quoteList(first) {
  const list = el('ul', {class: 'quotes'});
  const add = (quotes) => list.append(...quotes.map((quote) => el('li', {},
    el('a', {class: 'quote-link', href: route('article', quote.article, {begin: quote.span.begin, end: quote.span.end}), text: '“' + quote.text + '”'}),
    el('span', {class: 'source', text: ` ${quote.outlet}${quote.speaker ? ', as “' + quote.speaker + '”' : ''}`}))));
  add(first.quotes);
  return el('div', {}, list, morePages(first, 'quotes', 'quotes', add));
}

function corrections(entity, alias) {
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
  const split = correctionForm('Split an alias off into an entity of its own', 'Alias',
    'Its mentions by that name become a new entity.',
    (name) => correct('/entities/' + encodeURIComponent(entity.id) + '/split', {alias: name}), alias);
  const box = el('div', {class: 'corrections'}, merge, candidates, split, el('h3', {text: 'Audit log for this entity'}), audit);
  box.addEventListener('corrected', () => { forget(); audit.refresh(); });
  return box;
}
