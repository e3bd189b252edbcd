// A story: its coverage and blindspot, the timeline, the cast with roles, the quotes by speaker, the
// outlet × claim matrix (each cell opens its evidence in context), the claims as each outlet words
// them, and the story's corrections. The first view is drawn from one bounded answer (the story, its
// coverage, the first claims and articles); the timeline, cast and quotes fill in after it, and every
// long list comes a page at a time ("More ...").
import {el, route, evidenceHref, section, note, failure, articleName, outletClass} from '../dom.js';
import {get, cached, each, forget} from '../api.js';
import {coverageBar, blindspot, timeline, eventList} from '../charts.js';
import {correctionForm, correct, auditAbout} from './corrections.js';
import {morePages, allPages, firstParameter} from '../paging.js';
import {slice, fillWords} from '../words.js';

const CAST = 60, MOST_EVENTS = 300, EVENT_PAGE = 100, QUOTED_ARTICLES = 20, CONTEXT = 200, ARTICLE_PAGE = 100;

export async function storyView(where) {
  const id = where.id;
  const [page, outlets] = await Promise.all([get('/stories/' + encodeURIComponent(id), {first: firstParameter(where)}), cached('/outlets')]);
  const story = page.story;
  const self = '/stories/' + encodeURIComponent(story.id);
  const articleById = {};
  const names = {};
  const view = el('div', {class: 'story-view', dataset: {story: story.id}});
  view.append(el('h1', {text: story.title || story.id}),
    el('p', {class: 'counts', text: `${page.coverage.length} outlets · ${page.independentSources} independent sources · `
      + `${page.articles} articles · ${page.claims.total} claims`}),
    coverageBar(page.coverage, page.blindspots, outlets.outlets));
  const sources = [];
  if (story.summary && story.summary.length) {
    view.append(section('Summary', el('ol', {class: 'summary'}, story.summary.map((sentence) => {
      const source = el('span', {class: 'source', text: `(${sentence.article})`});
      sources.push([sentence.article, source]);
      return el('li', {}, fillWords(el('a', {href: evidenceHref(sentence), text: '…'}), sentence.article, sentence), ' ', source);
    }))));
  }
  // what needs the story's events, entities and articles' quotes fills in after the first view
  const timelineBox = el('div', {class: 'pending'}, note('Loading the events…'));
  const castBox = el('div', {class: 'pending'}, note('Loading the cast…'));
  const quotesBox = el('div', {class: 'pending'}, note('Loading the quotes…'));
  view.append(section('Timeline',
    el('p', {class: 'help', text: 'Each mark links to the words that report the event; the list says which words dated it.'}),
    timelineBox, page.events.total > MOST_EVENTS ? note(`The first ${MOST_EVENTS} of ${page.events.total} events.`) : null));
  view.append(section('Cast', castBox));
  view.append(section('Quotes by speaker', quotesBox));
  const panel = el('div', {class: 'evidence-panel', id: 'evidence-panel', 'aria-live': 'polite', tabindex: '-1'});
  const wordings = el('div', {class: 'side-by-side'});
  view.append(section('Outlets × claims', claimsBox(page.claims, outlets.outlets, articleById, panel, wordings), panel));
  view.append(section('How each outlet words each claim', wordings));
  // the articles a page at a time (a story of thousands would be thousands of elements first); the split form offers those listed
  const choices = el('select', {multiple: true, size: Math.min(6, Math.max(1, page.articleList.total)), required: true});
  const articleList = el('ul', {class: 'articles'});
  const addArticles = (hits) => {
    for (const hit of hits) names[hit.article] = `${hit.outlet || 'unknown outlet'}: ${articleName(hit)}`;
    articleList.append(...hits.map((hit) => el('li', {dataset: {article: hit.article}}, el('a', {href: route('article', hit.article), text: articleName(hit)}),
      ` — ${hit.outlet || ''}${hit.published ? ', ' + hit.published : ''}`)));
    choices.append(...hits.map((hit) => el('option', {value: hit.article, text: `${hit.article} (${hit.outlet || ''})`})));
  };
  addArticles(page.articleList.hits);
  const firstArticles = {...page.articleList, next: page.articleList.next && page.articleList.next.replace(/limit=\d+/, 'limit=' + ARTICLE_PAGE)};
  view.append(section('Articles', articleList, morePages(firstArticles, 'hits', 'articles', addArticles)));
  view.append(section('Corrections', storyCorrections(story, page.articleList.hits.map((hit) => hit.article), choices)));
  for (const [article, source] of sources) if (names[article]) source.textContent = `(${names[article]})`;
  fill(self, page, articleById, names, {timelineBox, castBox, quotesBox, sources}).finally(() => { view.dataset.complete = 'true'; });
  return view;
}

/** After the first view: the story's events (a few pages), its cast (one page) and the quotes of its first articles. */
async function fill(self, page, articleById, names, boxes) {
  const [events, cast] = await Promise.all([
    get(self + '/events', {limit: EVENT_PAGE}).then((first) => allPages(first, 'events', MOST_EVENTS)).catch((e) => ({failed: e})),
    get(self + '/cast', {limit: CAST}).catch((e) => ({failed: e}))]);
  const entityById = {};
  if (!cast.failed) for (const one of cast.entities) entityById[one.id] = one;
  boxes.castBox.replaceChildren(cast.failed ? failure(cast.failed) : castList(self, cast, entityById));
  boxes.castBox.classList.remove('pending');
  const quoted = page.articleList.hits.slice(0, QUOTED_ARTICLES).map((hit) => hit.article);
  const articles = await each(quoted, 6, (article) => cached('/articles/' + encodeURIComponent(article)));
  for (const one of articles) if (one && one.article) articleById[one.article.id] = one.article;
  for (const [key, article] of Object.entries(articleById)) names[key] = names[key] || `${article.outlet || 'unknown outlet'}: ${articleName(article)}`;
  for (const [article, source] of boxes.sources) if (names[article]) source.textContent = `(${names[article]})`;
  boxes.timelineBox.replaceChildren(...(events.failed ? [failure(events.failed)] : [timeline(events), eventList(events, names)]));
  const failed = articles.find((one) => one && one.failed);
  boxes.quotesBox.replaceChildren(quotesBySpeaker(quoted.map((one) => articleById[one]).filter(Boolean), entityById),
    page.articleList.total > quoted.length ? note(`From the first ${quoted.length} of ${page.articleList.total} articles.`) : '',
    failed ? failure(failed.failed) : '');
  for (const box of [boxes.timelineBox, boxes.quotesBox]) box.classList.remove('pending');
}

/** The cast: its first page with each one's roles, and "More of the cast" for the rest. */
function castList(self, first, entityById) {
  const list = el('ul', {class: 'cast'});
  const add = (entities) => {
    for (const entity of entities) {
      entityById[entity.id] = entity;
      list.append(el('li', {dataset: {entity: entity.id}},
        el('a', {href: route('entity', entity.id), text: entity.name}), ' ', el('span', {class: 'type', text: entity.type}),
        entity.roles.length ? el('span', {class: 'roles', text: ' — ' + entity.roles.join('; ')}) : null));
    }
  };
  add(first.entities);
  return el('div', {}, list, morePages(first, 'entities', 'of the cast', add));
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

/** The matrix (and the claims side by side, in words) from the first page of claims; "More claims" adds rows to both. */
function claimsBox(first, allOutlets, articleById, panel, words) {
  if (first.total === 0) return note('No claims.');
  const matrix = {outlets: first.outlets, claims: first.claims.slice()};
  const table = claimMatrix(matrix, allOutlets, articleById, panel);
  const addClaims = (claims) => {
    const body = table.querySelector('tbody');
    for (const claim of claims) body.append(claimRow(claim, matrix.outlets, articleById, panel));
    sideBySide(words, matrix.outlets, claims, words.children.length);
  };
  sideBySide(words, matrix.outlets, matrix.claims, 0);
  return el('div', {}, table, morePages(first, 'claims', 'claims', addClaims));
}

function claimMatrix(matrix, allOutlets, articleById, panel) {
  const table = el('table', {class: 'matrix'},
    el('caption', {text: 'How each outlet stands to each claim; a cell opens its evidence in context.'}),
    el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Claim'}),
      matrix.outlets.map((outlet) => el('th', {scope: 'col', class: outletClass(allOutlets, outlet), text: outlet})),
      el('th', {scope: 'col', text: 'Left out by'}))));
  table.append(el('tbody', {}, matrix.claims.map((claim) => claimRow(claim, matrix.outlets, articleById, panel))));
  return el('div', {class: 'table-scroll'}, table);
}

/** One row of the matrix: the claim, its stance per outlet (a cell with evidence opens it), who left it out. */
function claimRow(claim, outlets, articleById, panel) {
  const cells = new Map(claim.cells.map((cell) => [cell.outlet, cell]));
  return el('tr', {dataset: {claim: claim.id}, class: 'coverage-' + claim.coverage},
    el('th', {scope: 'row', class: 'statement'}, claim.statement, el('span', {class: 'claim-coverage', text: ' ' + claim.coverage})),
    outlets.map((outlet) => {
      const cell = cells.get(outlet) || {outlet, stance: 'absent', evidence: []};
      if (cell.evidence.length === 0) return el('td', {class: 'stance stance-' + cell.stance, text: cell.stance});
      return el('td', {class: 'stance stance-' + cell.stance}, el('button', {type: 'button', class: 'cell', text: `${cell.stance} (${cell.evidence.length})`,
        'aria-label': `${outlet} ${cell.stance}: show the evidence for “${claim.statement}”`,
        on: {click: () => showEvidence(panel, claim, cell, articleById)}}));
    }),
    el('td', {class: 'claim-blindspot', text: claim.blindspots.join(', ') || '—'}));
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

/** The claims as each outlet words them, one folding box a claim (the first three open), appended to box. */
function sideBySide(box, outlets, claims, before) {
  claims.forEach((claim, index) => {
    const cells = new Map(claim.cells.map((cell) => [cell.outlet, cell]));
    box.append(el('details', {open: before + index < 3}, el('summary', {text: claim.statement}),
      el('div', {class: 'wordings'}, outlets.map((outlet) => {
        const cell = cells.get(outlet) || {stance: 'absent', evidence: []};
        return el('div', {class: 'wording stance-' + cell.stance}, el('h4', {text: `${outlet}: ${cell.stance}`}),
          cell.evidence.length ? cell.evidence.map((evidence) => el('p', {},
            fillWords(el('a', {href: evidenceHref(evidence), text: '…'}), evidence.article, evidence), evidence.stance !== cell.stance ? ` (${evidence.stance})` : ''))
            : el('p', {class: 'note', text: 'left out'}));
      })), blindspot(claim.blindspots)));
  });
}

/** Merge and split forms; the split offers the articles listed on the page (choices grows with "More articles"). */
function storyCorrections(story, listed, choices) {
  const audit = auditAbout([story.id, ...listed]);
  const merge = correctionForm('Merge a story into this one', 'Story id', 'Its articles and claims join this story, which keeps its id.',
    (other) => correct('/stories/' + encodeURIComponent(story.id) + '/merge', {merged: other.trim()}));
  const split = correctionForm('Split articles off into a story of their own', 'Articles', 'Choose one or more (Ctrl/Shift for several).',
    () => correct('/stories/' + encodeURIComponent(story.id) + '/split', {articles: [...choices.selectedOptions].map((option) => option.value)}), choices);
  const box = el('div', {class: 'corrections'}, merge, split, el('h3', {text: 'Audit log for this story'}), audit);
  box.addEventListener('corrected', () => { forget(); audit.refresh(); });
  return box;
}
