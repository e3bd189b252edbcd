// The analyst's workbench: a single page over the REST API, one view per address (#/story/s1, ...).
import {clear, failure} from './dom.js';
import {storiesView} from './views/stories.js';
import {storyView} from './views/story.js';
import {articleView} from './views/article.js';
import {entityView} from './views/entity.js';
import {searchView} from './views/search.js';
import {checkView} from './views/check.js';
import {uploadView} from './views/upload.js';
import {auditView} from './views/audit.js';

const VIEWS = {
  '': storiesView, stories: storiesView, story: storyView, article: articleView, entity: entityView,
  search: searchView, check: checkView, upload: uploadView, audit: auditView,
};

/** The current address as {name, id, parameters}: #/story/s1?x=1 is story, s1, {x: 1}. */
export function location() {
  const hash = window.location.hash.startsWith('#/') ? window.location.hash.slice(2) : '';
  const [path, search] = hash.split('?');
  const [name, ...rest] = path.split('/');
  return {name, id: rest.length ? decodeURIComponent(rest.join('/')) : null, parameters: new URLSearchParams(search || '')};
}

let rendering = 0;

async function render() {
  if (window.location.hash && !window.location.hash.startsWith('#/')) return; // an in-page anchor
  const main = document.getElementById('main');
  const where = location();
  const view = VIEWS[where.name];
  const ticket = ++rendering;
  main.setAttribute('aria-busy', 'true');
  for (const link of document.querySelectorAll('nav a[data-section]')) {
    const current = link.dataset.section === (where.name === '' ? 'stories' : where.name);
    if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  const started = performance.now();
  try {
    const content = view ? await view(where) : null;
    if (ticket !== rendering) return;
    clear(main);
    if (content) main.append(content); else main.append(failure({category: 'not_found', message: 'no page at ' + window.location.hash}));
  } catch (e) {
    if (ticket !== rendering) return;
    clear(main).append(failure(e));
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.rendered = String(Math.round(performance.now() - started));
  // milliseconds from the navigation's start to the first view rendered (its API reads included)
  if (!main.dataset.ready) main.dataset.ready = String(Math.round(performance.now()));
  document.title = (main.querySelector('h1') ? main.querySelector('h1').textContent + ' · ' : '') + 'Parallax';
  main.dispatchEvent(new CustomEvent('rendered'));
}

document.getElementById('quick-search').addEventListener('submit', (event) => {
  event.preventDefault();
  const words = document.getElementById('quick-q').value.trim();
  window.location.hash = '#/search' + (words ? '?q=' + encodeURIComponent(words) : '');
});
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  document.getElementById('main').focus();
});
window.addEventListener('hashchange', render);
render();
