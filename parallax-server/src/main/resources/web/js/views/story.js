// A story: its coverage and blindspot, the timeline, the cast with roles, the quotes by speaker, the
// outlet × claim matrix (each cell opens its evidence in context), the claims as each outlet words
// them, and the story's corrections.
import {el, route, evidenceHref, section, note, failure, articleName, outletClass} from '../dom.js';
import {get, cached, each, forget} from '../api.js';
import {coverageBar, blindspot, timeline, eventList} from '../charts.js';
import {correctionForm, correct, auditAbout} from './corrections.js';
import {slice, fillWords} from '../words.js';

const MOST_ARTICLES = 60, MOST_ENTITIES = 60, MOST_EVENTS = 300, CONTEXT = 200, MOST_LISTED = 200;

export async function storyView(where) {
  const id = where.id;
  const [page, matrix, outlets] = await Promise.all([get('/stories/' + encodeURIComponent(id)),
    get('/stories/' + encodeURIComponent(id) + '/claims'), cached('/outlets')]);
  const story = page.story;
  const articleById = {};
  const view = el('div', {class: 'story-view', dataset: {story: story.id}});
  view.append(el('h1', {text: story.title || story.id}),
    el('p', {class: 'counts', text: `${page.coverage.length} outlets · ${page.independentSources} independent sources · `
      + `${page.articles} articles · ${story.claims.length} claims`}),
    coverageBar(page.coverage, page.blindspots, outlets.outlets));
  const sources = [];
  if (story.summary && story.summary.length) {
    view.append(section('Summary', el('ol', {class: 'summary'}, story.summary.map((sentence) => {
      const source = el('span', {class: 'source', text: `(${sentence.article})`});
      sources.push([sentence.article, source]);
      return el('li', {}, fillWords(el('a', {href: evidenceHref(sentence), text: '…'}), sentence.article, sentence), ' ', source);
    }))));
  }
  // what needs the story's articles, entities and events fills in as they arrive: the matrix is there first
  const timelineBox = el('div', {class: 'pending'}, note('Loading the events…'));
  const castBox = el('div', {class: 'pending'}, note('Loading the cast…'));
  const quotesBox = el('div', {class: 'pending'}, note('Loading the quotes…'));
  view.append(section('Timeline',
    el('p', {class: 'help', text: 'Each mark links to the words that report the event; the list says which words dated it.'}),
    timelineBox, story.events.length > MOST_EVENTS ? note(`The first ${MOST_EVENTS} of ${story.events.length} events.`) : null));
  view.append(section('Cast', castBox));
  view.append(section('Quotes by speaker', quotesBox,
    story.articles.length > MOST_ARTICLES ? note(`From the first ${MOST_ARTICLES} of ${story.articles.length} articles.`) : null));
  const panel = el('div', {class: 'evidence-panel', id: 'evidence-panel', 'aria-live': 'polite', tabindex: '-1'});
  view.append(section('Outlets × claims', claimMatrix(matrix, outlets.outlets, articleById, panel), panel));
  view.append(section('How each outlet words each claim', sideBySide(matrix)));
  // the first articles are listed at once, the rest on asking (a story of thousands would be thousands of elements first)
  const articleLinks = story.articles.slice(0, MOST_LISTED).map((article) => [article, el('a', {href: route('article', article), text: article})]);
  const articleList = el('ul', {class: 'articles'}, articleLinks.map(([, link]) => el('li', {}, link)));
  const rest = story.articles.length > MOST_LISTED ? el('button', {type: 'button', class: 'all-articles',
    text: `List all ${story.articles.length} articles`, on: {click: () => {
      articleList.append(...story.articles.slice(MOST_LISTED).map((article) => el('li', {}, el('a', {href: route('article', article), text: article}))));
      rest.remove();
    }}}) : null;
  view.append(section('Articles', articleList, rest));
  view.append(section('Corrections', storyCorrections(story)));
  fill(story, articleById, {timelineBox, castBox, quotesBox, sources, articleLinks}).finally(() => { view.dataset.complete = 'true'; });
  return view;
}

/** Loads the story's first articles, entities and events (six requests at a time) and fills the sections that need them. */
async function fill(story, articleById, boxes) {
  const articleIds = story.articles.slice(0, MOST_ARTICLES);
  const [articles, entities, events] = await Promise.all([
    each(articleIds, 6, (article) => cached('/articles/' + encodeURIComponent(article))),
    each(story.entities.slice(0, MOST_ENTITIES), 6, (entity) => cached('/entities/' + encodeURIComponent(entity), {limit: 0})),
    each(story.events.slice(0, MOST_EVENTS), 6, (event) => cached('/events/' + encodeURIComponent(event)))]);
  for (const one of articles) if (one && one.article) articleById[one.article.id] = one.article;
  const names = {};
  for (const [key, article] of Object.entries(articleById)) names[key] = `${article.outlet || 'unknown outlet'}: ${articleName(article)}`;
  const entityById = {};
  for (const one of entities) if (one && one.entity) entityById[one.entity.id] = one.entity;
  const storyEvents = events.filter((one) => one && !one.failed);
  for (const [article, source] of boxes.sources) if (names[article]) source.textContent = `(${names[article]})`;
  for (const [article, link] of boxes.articleLinks) if (names[article]) link.textContent = names[article];
  const failed = [...articles, ...entities, ...events].find((one) => one && one.failed);
  boxes.timelineBox.replaceChildren(timeline(storyEvents), eventList(storyEvents, names));
  boxes.castBox.replaceChildren(cast(story.entities, entityById));
  boxes.quotesBox.replaceChildren(quotesBySpeaker(articleIds.map((one) => articleById[one]).filter(Boolean), entityById),
    failed ? failure(failed.failed) : '');
  for (const box of [boxes.timelineBox, boxes.castBox, boxes.quotesBox]) box.classList.remove('pending');
}

function cast(ids, entityById) {
  const list = el('ul', {class: 'cast'});
  for (const id of ids) {
    const entity = entityById[id];
    if (!entity) continue;
    const roles = [...new Set(entity.roles.map((role) => role.title))];
    list.append(el('li', {dataset: {entity: id}},
      el('a', {href: route('entity', id), text: entity.name}), ' ', el('span', {class: 'type', text: entity.type}),
      roles.length ? el('span', {class: 'roles', text: ' — ' + roles.join('; ')}) : null));
  }
  if (ids.length > MOST_ENTITIES) list.append(el('li', {class: 'note', text: `and ${ids.length - MOST_ENTITIES} more`}));
  return list;
}

function quotesBySpeaker(articles, entityById) {
  const groups = new Map();
  for (const article of articles) {
    for (const quote of article.quotes || []) {
      const speaker = quote.speaker;
      const said = slice(article, speaker);
      const key = speaker ? (speaker.entity || 'text:' + said) : 'unattributed';
      const name = speaker ? (speaker.entity && entityById[speaker.entity] ? entityById[speaker.entity].name : said) : 'No speaker found';
      if (!groups.has(key)) groups.set(key, {name, entity: speaker && speaker.entity, quotes: []});
      groups.get(key).quotes.push({article, quote});
    }
  }
  if (groups.size === 0) return note('No quotes.');
  const ordered = [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
  return el('div', {class: 'speakers'}, ordered.map((group) => el('div', {class: 'speaker-group'},
    el('h3', {}, group.entity ? el('a', {href: route('entity', group.entity), text: group.name}) : group.name,
      el('span', {class: 'count', text: ` (${group.quotes.length})`})),
    el('ul', {class: 'quotes'}, group.quotes.map(({article, quote}) => el('li', {},
      el('a', {class: 'quote-link', href: evidenceHref({article: article.id, begin: quote.begin, end: quote.end}), text: '“' + slice(article, quote) + '”'}),
      ' ', el('span', {class: 'source', text: `${article.outlet || ''}${quote.speaker ? ', as “' + slice(article, quote.speaker) + '”' : ''}`})))))));
}

function claimMatrix(matrix, allOutlets, articleById, panel) {
  if (matrix.claims.length === 0) return note('No claims.');
  const table = el('table', {class: 'matrix'},
    el('caption', {text: 'How each outlet stands to each claim; a cell opens its evidence in context.'}),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Claim'}),
      matrix.outlets.map((outlet) => el('th', {scope: 'col', class: outletClass(allOutlets, outlet), text: outlet})),
      el('th', {scope: 'col', text: 'Left out by'}))));
  const body = el('tbody');
  for (const claim of matrix.claims) {
    const cells = new Map(claim.cells.map((cell) => [cell.outlet, cell]));
    body.append(el('tr', {dataset: {claim: claim.id}, class: 'coverage-' + claim.coverage},
      el('th', {scope: 'row', class: 'statement'}, claim.statement, el('span', {class: 'claim-coverage', text: ' ' + claim.coverage})),
      matrix.outlets.map((outlet) => {
        const cell = cells.get(outlet) || {outlet, stance: 'absent', evidence: []};
        if (cell.evidence.length === 0) return el('td', {class: 'stance stance-' + cell.stance, text: cell.stance});
        return el('td', {class: 'stance stance-' + cell.stance}, el('button', {type: 'button', class: 'cell', text: `${cell.stance} (${cell.evidence.length})`,
          'aria-label': `${outlet} ${cell.stance}: show the evidence for “${claim.statement}”`,
          on: {click: () => showEvidence(panel, claim, cell, articleById)}}));
      }),
      el('td', {class: 'claim-blindspot', text: claim.blindspots.join(', ') || '—'})));
  }
  table.append(body);
  return el('div', {class: 'table-scroll'}, table);
}

async function showEvidence(panel, claim, cell, articleById) {
  panel.replaceChildren(el('h3', {text: `${cell.outlet}, ${cell.stance}: “${claim.statement}”`}));
  for (const evidence of cell.evidence) {
    let article = articleById[evidence.article];
    try {
      if (!article) article = (await cached('/articles/' + encodeURIComponent(evidence.article))).article;
    } catch (e) {
      panel.append(failure(e));
      continue;
    }
    panel.append(el('figure', {class: 'evidence'}, el('blockquote', {class: 'context'}, context(article.text, evidence.begin, evidence.end)),
      el('figcaption', {}, `${evidence.stance} in ${article.outlet || ''}: ${articleName(article)} `,
        el('a', {href: evidenceHref(evidence), class: 'open-in-article', text: 'open in the article'}))));
  }
  panel.focus();
}

/** The words around a span, the span marked. */
export function context(text, begin, end) {
  const from = Math.max(0, begin - CONTEXT), to = Math.min(text.length, end + CONTEXT);
  return [from > 0 ? '…' : '', text.slice(from, begin), el('mark', {text: text.slice(begin, end)}), text.slice(end, to), to < text.length ? '…' : ''];
}

function sideBySide(matrix) {
  const box = el('div', {class: 'side-by-side'});
  matrix.claims.forEach((claim, index) => {
    const cells = new Map(claim.cells.map((cell) => [cell.outlet, cell]));
    const details = el('details', {open: index < 3}, el('summary', {text: claim.statement}),
      el('div', {class: 'wordings'}, matrix.outlets.map((outlet) => {
        const cell = cells.get(outlet) || {stance: 'absent', evidence: []};
        return el('div', {class: 'wording stance-' + cell.stance}, el('h4', {text: `${outlet}: ${cell.stance}`}),
          cell.evidence.length ? cell.evidence.map((evidence) => el('p', {},
            fillWords(el('a', {href: evidenceHref(evidence), text: '…'}), evidence.article, evidence), evidence.stance !== cell.stance ? ` (${evidence.stance})` : ''))
            : el('p', {class: 'note', text: 'left out'}));
      })), blindspot(claim.blindspots));
    box.append(details);
  });
  return box;
}

function storyCorrections(story) {
  const audit = auditAbout([story.id, ...story.articles]);
  const merge = correctionForm('Merge a story into this one', 'Story id', 'Its articles and claims join this story, which keeps its id.',
    (other) => correct('/stories/' + encodeURIComponent(story.id) + '/merge', {merged: other.trim()}));
  const choices = el('select', {multiple: true, size: Math.min(6, story.articles.length), required: true},
    story.articles.map((article) => el('option', {value: article, text: article})));
  const split = correctionForm('Split articles off into a story of their own', 'Articles', 'Choose one or more (Ctrl/Shift for several).',
    () => correct('/stories/' + encodeURIComponent(story.id) + '/split', {articles: [...choices.selectedOptions].map((option) => option.value)}), choices);
  const box = el('div', {class: 'corrections'}, merge, split, el('h3', {text: 'Audit log for this story'}), audit);
  box.addEventListener('corrected', () => { forget(); audit.refresh(); });
  return box;
}
