// Stories first: ranked by how many outlets and independent sources cover them, each with its
// coverage by outlet and its blindspot; paged, so a store of thousands of stories stays quick.
import {el, route, pager, note} from '../dom.js';
import {get, cached} from '../api.js';
import {coverageBar} from '../charts.js';

const PAGE = 20;

export async function storiesView(where) {
  const offset = Math.max(0, parseInt(where.parameters.get('offset') || '0', 10) || 0);
  const [page, outlets] = await Promise.all([get('/stories', {offset, limit: PAGE}), cached('/outlets')]);
  const view = el('div', {class: 'stories-view'});
  const stats = el('p', {class: 'stats', text: 'Ranked by outlets, then independent sources.'});
  view.append(el('h1', {text: 'Stories'}), stats);
  // what the store holds is told once counted, without holding the list back: its count (over every article of the
  // store, the slowest read of this page) is asked once the list is drawn, so that it does not compete with the list's reads
  setTimeout(() => get('/stats').then((held) => {
    stats.textContent = `${held.articles.toLocaleString('en')} articles from ${held.outlets} outlets; `
      + `${held.stories.toLocaleString('en')} stories, ${held.claims.toLocaleString('en')} claims, ${held.entities.toLocaleString('en')} entities, `
      + `${held.quotes.toLocaleString('en')} quotes. Ranked by outlets, then independent sources.`;
  }, () => {}), 0);
  if (page.total === 0) {
    view.append(note('The store holds no story yet: upload articles (Upload) or run ./parallax ingest.'));
    return view;
  }
  const list = el('ol', {class: 'story-list', start: offset + 1});
  for (const story of page.stories) {
    list.append(el('li', {class: 'story-card', dataset: {story: story.id}},
      el('h2', {}, el('a', {href: route('story', story.id), text: story.title || story.id})),
      el('p', {class: 'counts', text: `${story.coverage.length} outlet${story.coverage.length === 1 ? '' : 's'} · `
        + `${story.independentSources} independent source${story.independentSources === 1 ? '' : 's'} · `
        + `${story.articles} article${story.articles === 1 ? '' : 's'} · ${story.claims} claim${story.claims === 1 ? '' : 's'}`}),
      coverageBar(story.coverage, story.blindspots, outlets.outlets)));
  }
  view.append(list, pager(page.total, offset, PAGE, (next) => { window.location.hash = route('stories', null, {offset: next}); }));
  return view;
}
