// Long lists a page at a time: the API answers the first page of a list with its total and the address of
// its next page ("next"); a "More ..." button follows that address and hands the items on to be drawn.
import {el, failure} from './dom.js';
import {get} from './api.js';

const BASE = '/api/v1';

/**
 * "20 of 3,013 articles." and a "More articles" button (class more-articles) for a page of a list
 * ({total, next, <field>: [...]}): each click reads the next page and passes its items to add(items);
 * the button goes once the list is whole. Returns the box holding both.
 */
export function morePages(page, field, noun, add) {
  let shown = page[field].length;
  let next = page.next;
  const count = el('p', {class: 'help count'});
  const button = el('button', {type: 'button', class: 'more more-' + noun.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), text: 'More ' + noun});
  const problem = el('div', {'aria-live': 'polite'});
  const update = () => {
    count.textContent = `${shown.toLocaleString('en')} of ${page.total.toLocaleString('en')} ${noun}.`;
    button.hidden = !next;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    problem.replaceChildren();
    try {
      const more = await get(next.startsWith(BASE) ? next.slice(BASE.length) : next);
      shown += more[field].length;
      next = more.next;
      add(more[field]);
    } catch (e) {
      problem.replaceChildren(failure(e));
    } finally {
      button.disabled = false;
      update();
    }
  });
  update();
  return el('div', {class: 'pages'}, count, button, problem);
}

/** Every item of a list from its first page on, following its next links (for lists drawn whole, such as a chart's). */
export async function allPages(page, field, most) {
  const items = page[field].slice();
  let next = page.next;
  while (next && items.length < most) {
    const more = await get(next.startsWith(BASE) ? next.slice(BASE.length) : next);
    items.push(...more[field]);
    next = more.next;
  }
  return items.slice(0, most);
}

/** The address's "first" (#/story/s1?first=5): how many items of each list the page asks for first; undefined for the API's default. */
export function firstParameter(where) {
  const first = parseInt(where.parameters.get('first') || '', 10);
  return Number.isInteger(first) && first >= 1 && first <= 1000 ? first : undefined;
}
