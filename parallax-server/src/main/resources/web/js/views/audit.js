// The audit log: every correction, who made it and when.
import {el} from '../dom.js';
import {get} from '../api.js';
import {auditTable} from './corrections.js';

export async function auditView() {
  const log = await get('/audit');
  return el('div', {class: 'audit-view'}, el('h1', {text: 'Audit log'}),
    el('p', {text: 'Every merge and split of entities and stories, with the name of the token it was made with. Ingests reapply them.'}),
    auditTable(log.corrections));
}
