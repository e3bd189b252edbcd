// Upload: files sent with the token (bytes sent shown), then their analysis followed as server-sent
// events, and the new articles listed as they are stored.
import {el, route, note, failure, articleName} from '../dom.js';
import {upload, follow, cached} from '../api.js';

export async function uploadView() {
  const files = el('input', {type: 'file', id: 'upload-files', multiple: true, required: true});
  const button = el('button', {type: 'submit', text: 'Upload and analyse'});
  const sent = el('progress', {id: 'upload-sent', max: 1, value: 0});
  const analysed = el('progress', {id: 'upload-analysed', max: 1, value: 0});
  const stage = el('p', {class: 'stage', role: 'status', id: 'upload-stage', text: 'Nothing uploaded yet.'});
  const stored = el('ul', {class: 'stored', id: 'upload-stored'});
  const problems = el('ul', {class: 'problems'});
  const shown = new Set();
  function showJob(job) {
    stage.textContent = `${job.state}: ${job.stage} — ${job.inputsRead}/${job.inputs} input(s) read, `
      + `${job.articlesAnalysed}/${job.articlesToAnalyse} article(s) analysed, ${job.articlesStored.length} stored`;
    analysed.max = Math.max(1, job.articlesToAnalyse);
    analysed.value = job.articlesAnalysed;
    for (const id of job.articlesStored) {
      if (shown.has(id)) continue;
      shown.add(id);
      const item = el('li', {class: 'stored-article', dataset: {article: id}}, el('a', {href: route('article', id), text: id}));
      stored.append(item);
      cached('/articles/' + encodeURIComponent(id)).then((page) => {
        item.replaceChildren(el('a', {href: route('article', id), text: articleName(page.article)}), ` — ${page.article.outlet || 'unknown outlet'}`);
      }, () => {});
    }
    problems.replaceChildren(...job.problems.map((problem) => el('li', {class: 'error', text: `${problem.input}: ${problem.category}: ${problem.message}`})));
  }
  const form = el('form', {class: 'upload-form'}, el('label', {for: 'upload-files', text: 'Files (text, HTML, feeds, WARC, JSON Lines, archives)'}), ' ', files, ' ', button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (files.files.length === 0) return;
    button.disabled = true;
    stage.textContent = 'Sending…';
    try {
      const job = await upload([...files.files], (loaded, total) => { sent.max = total; sent.value = loaded; });
      showJob(job);
      follow(job.id, (kind, update) => {
        if (update) showJob(update);
        if (kind === 'failed') stage.textContent = 'Failed: ' + (update.failure || 'see the server log');
        if (kind === 'lost') stage.textContent += ' (the progress stream was cut; reload to see the state)';
        if (kind !== 'progress') button.disabled = false;
      });
    } catch (e) {
      stage.replaceChildren(failure(e));
      button.disabled = false;
    }
  });
  return el('div', {class: 'upload-view'}, el('h1', {text: 'Upload articles'}),
    el('p', {text: 'The files are analysed on the server (language layer, then the cross-article account over the whole store). Needs an API token.'}),
    form, el('p', {}, el('label', {for: 'upload-sent', text: 'Sent '}), sent, ' ', el('label', {for: 'upload-analysed', text: 'Analysed '}), analysed),
    stage, el('h2', {text: 'New articles'}), stored, problems, note('Articles the store held already are not stored again.'));
}
