// Corrections from a story's or an entity's page: the forms post with the analyst's token (asked for
// once per tab); what the audit log holds about the subject is shown beside them.
import {el, failure, note} from '../dom.js';
import {get, post} from '../api.js';

/** A form: a labelled input and a button; submit(value) makes the correction and returns its record. */
export function correctionForm(legend, label, help, submit, input) {
  const id = 'correction-' + legend.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const field = input || el('input', {id, type: 'text', required: true, autocomplete: 'off'});
  field.id = field.id || id;
  const outcome = el('div', {class: 'outcome', 'aria-live': 'polite'});
  const button = el('button', {type: 'submit', text: legend});
  const form = el('form', {class: 'correction'},
    el('fieldset', {}, el('legend', {text: legend}),
      el('label', {for: field.id, text: label}), ' ', field, ' ', button,
      help ? el('p', {class: 'help', text: help}) : null, outcome));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    outcome.replaceChildren(note('Correcting…'));
    try {
      const made = await submit(field.value);
      outcome.replaceChildren(el('p', {class: 'done', role: 'status', text: `Done: ${made.correction.description} (correction ${made.correction.id}, by ${made.correction.madeBy}). `},
        el('a', {href: '#/audit', text: 'See the audit log'})));
      form.dispatchEvent(new CustomEvent('corrected', {bubbles: true, detail: made.correction}));
    } catch (e) {
      outcome.replaceChildren(failure(e));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** Posts a correction to path (with the token). */
export function correct(path, body) {
  return post(path, body, true);
}

/** The table of corrections, oldest first. */
export function auditTable(corrections) {
  if (corrections.length === 0) return note('No corrections yet.');
  return el('table', {class: 'audit'},
    el('caption', {text: 'Corrections, oldest first'}),
    el('thead', {}, el('tr', {}, ['#', 'When', 'Who', 'What', 'Subject', 'Argument'].map((name) => el('th', {scope: 'col', text: name})))),
    el('tbody', {}, corrections.map((one) => el('tr', {class: 'audit-entry', dataset: {kind: one.kind}},
      el('td', {text: one.id}), el('td', {}, el('time', {datetime: one.madeAt, text: one.madeAt.replace('T', ' ').replace(/\..*$/, '')})),
      el('td', {text: one.madeBy}), el('td', {text: one.description}), el('td', {text: one.subject}), el('td', {text: one.argument})))));
}

/**
 * The audit log's entries about a subject, refreshed after each correction here: those whose subject,
 * argument or description names one of {@code subjects}: an entity's id (named in its corrections'
 * descriptions; their subject and argument are per-article members, which format 3.0 no longer lists),
 * or a story's id and articles (what story corrections are recorded by, so that they survive renumbering).
 */
export function auditAbout(subjects) {
  const box = el('div', {class: 'audit-about', 'aria-live': 'polite'});
  async function refresh() {
    try {
      const log = await get('/audit');
      const about = (value) => value.split(/[\s,()'\[\]]+/).some((part) => subjects.includes(part));
      box.replaceChildren(auditTable(log.corrections.filter((one) => about(one.subject) || about(one.argument) || about(one.description))));
    } catch (e) {
      box.replaceChildren(failure(e));
    }
  }
  refresh();
  box.refresh = refresh;
  return box;
}
