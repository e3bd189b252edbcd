// The words of a span. Since analysis format 3.0 spans carry no copy of their words ({begin, end},
// with `article` where the span is not in the enclosing article): they are text.slice(begin, end) of
// the article the span points into, fetched through the API (and remembered) when the page lacks it.
import {cached} from './api.js';

/** The words of a span in an article the page has ('' if either is missing; a span that still copies its words keeps them). */
export function slice(article, span) {
  if (!span) return '';
  if (typeof span.text === 'string') return span.text;
  return article && typeof article.text === 'string' ? article.text.slice(span.begin, span.end) : '';
}

/** The words of a span, the article given as an object or by id (default: the span's own `article`), fetched if need be. */
export async function words(article, span) {
  if (span && typeof span.text === 'string') return span.text;
  const id = article === undefined || article === null ? span && span.article : article;
  if (typeof id !== 'string') return slice(id, span);
  return slice((await limited(() => cached('/articles/' + encodeURIComponent(id)))).article, span);
}

// at most six reads at once, as everywhere in the app (the server limits requests per client)
const WIDTH = 6, waiting = [];
let running = 0;

async function limited(read) {
  if (running < WIDTH) running++;
  else await new Promise((resolve) => waiting.push(resolve)); // a finishing read hands over its place
  try {
    return await read();
  } finally {
    if (waiting.length) waiting.shift()();
    else running--;
  }
}

/** Fills node's text with format(the span's words) once they arrive (its text stays as it is if the article cannot be read). */
export function fillWords(node, article, span, format = (text) => text) {
  words(article, span).then((text) => { node.textContent = format(text); }, () => {});
  return node;
}
