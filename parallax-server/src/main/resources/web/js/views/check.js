// Claim check: a claim pasted in, the articles that support, contradict or discuss it, with evidence.
import {el, route, section, note, failure, articleName} from '../dom.js';
import {post} from '../api.js';

function group(title, checks, stance) {
  return section(title, checks.length ? el('ul', {class: 'checks', dataset: {stance}}, checks.map((check) => el('li', {class: 'check', dataset: {article: check.article}},
    el('a', {href: route('article', check.article), text: articleName(check)}), ` — ${check.outlet || 'unknown outlet'}, confidence ${check.confidence.toFixed(2)}`,
    el('ul', {}, check.evidence.map((evidence) => el('li', {}, el('a', {href: route('article', check.article, {begin: evidence.begin, end: evidence.end}), class: 'evidence-link', text: '“' + evidence.text + '”'}))))))) : note('None.'));
}

export async function checkView(where) {
  const claim = el('textarea', {id: 'claim', rows: 3, cols: 80, required: true, maxlength: 2000});
  claim.value = where.parameters.get('claim') || '';
  const outcome = el('div', {class: 'check-results', 'aria-live': 'polite'});
  const button = el('button', {type: 'submit', text: 'Check'});
  const form = el('form', {class: 'check-form'}, el('label', {for: 'claim', text: 'Claim to check'}), claim, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    outcome.replaceChildren(note('Judging the articles that the claim\'s words find…'));
    try {
      const result = await post('/claim-checks', {claim: claim.value.trim()}, false);
      outcome.replaceChildren(el('p', {class: 'judged', role: 'status', text: `${result.articlesJudged} article(s) judged for “${result.claim}”.`}),
        group('Supporting', result.supporting, 'supports'), group('Contradicting', result.contradicting, 'contradicts'),
        group('Discussing', result.discussing, 'discusses'));
    } catch (e) {
      outcome.replaceChildren(failure(e));
    } finally {
      button.disabled = false;
    }
  });
  return el('div', {class: 'check-view'}, el('h1', {text: 'Claim check'}),
    el('p', {text: 'Paste a claim: the articles of the store its words find are judged, best first, as supporting, contradicting or discussing it.'}),
    form, outcome);
}
