// "Bring in an article": paste or choose an article, see what ingest:propose makes of it (mentions
// highlighted, proposals to accept or reject), then commit only the accepted items as one change.
import './ingest.css';
import type { ApiArgs, ApiClient } from '../../../graph-data/contract/api.ts';
import type { AppStore } from '../../state/app-state.ts';
import type { Commands } from '../../ui/commands.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import type { Editor } from '../editing/editor.ts';
import { errorBox } from '../import/preview-view.ts';
import { articleView } from './article-view.ts';
import { commitIngest } from './commit.ts';
import { draftSaver, offerDraft } from './drafts.ts';
import { inputForm } from './input-form.ts';
import { proposalsView } from './proposals-view.ts';
import { acceptAtOrAbove, commitArgs, emptyQueue, withProposal, type Queue } from './queue.ts';

export interface IngestDeps {
  api: ApiClient;
  editor: Editor;
  store: AppStore;
  toast: Toaster;
}

export function registerIngest(commands: Commands, deps: IngestDeps): void {
  commands.register({ id: 'ingest', label: 'Bring in an article…', run: () => openIngestDialog(deps) });
}

function proposeArgs(form: ReturnType<typeof inputForm>, name: string): ApiArgs<'ingest:propose'> {
  const m = form.meta();
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const args: ApiArgs<'ingest:propose'> = { text: form.text.value };
  if (name) args.name = name;
  const extra = {
    lang: opt(m.lang),
    title: opt(m.title),
    publisher: opt(m.publisher),
    url: opt(m.url),
    date: opt(m.date),
  };
  for (const [k, v] of Object.entries(extra)) if (v) (args as Record<string, string>)[k] = v;
  return args;
}

function thresholdBar(q: Queue, apply: (t: number) => void): HTMLElement {
  const slider = h('input', {
    type: 'range',
    id: 'ingest-threshold',
    min: 0,
    max: 1,
    step: 0.05,
    value: String(q.threshold),
    'aria-label': 'Confidence threshold',
  });
  const btn = h('button', { type: 'button', class: 'btn btn-small', id: 'ingest-accept-above' });
  const label = () => (btn.textContent = `Accept all at or above ${Math.round(Number(slider.value) * 100)}%`);
  slider.addEventListener('input', label);
  btn.addEventListener('click', () => apply(Number(slider.value)));
  label();
  const p = q.proposal!;
  const accepted = q.claims.filter((c) => c.accepted).length;
  const summary = `${p.mentions.length} mentions · ${p.entities.length} new entities · ${accepted} of ${p.claims.length} claims accepted`;
  const key = h(
    'span',
    { class: 'ingest-key', 'aria-label': 'Highlight key' },
    h('mark', { class: 'mention mention-resolved' }, 'known'),
    h('mark', { class: 'mention mention-new' }, 'new'),
    h('mark', { class: 'mention mention-ambiguous' }, 'ambiguous'),
  );
  return h('div', { class: 'ingest-bar' }, slider, btn, h('span', { class: 'hint ingest-summary' }, summary), key);
}

export function openIngestDialog(deps: IngestDeps): void {
  const { api, editor } = deps;
  const form = inputForm();
  const offer = h('div', { class: 'ingest-offer-slot' });
  const out = h('div', { class: 'ingest-review-slot', 'aria-live': 'polite' });
  let q: Queue = emptyQueue();
  const saver = draftSaver(api, editor.track, (id) => void (q = { ...q, draft: id }));
  const vocab = () => deps.store.get().info?.vocabulary ?? null;

  const render = () => {
    if (!q.proposal) return replaceChildren(out);
    const keep = [...out.querySelectorAll('.ingest-article, .ingest-proposals')].map((e) => e.scrollTop);
    replaceChildren(
      out,
      thresholdBar(q, (t) => update((x) => acceptAtOrAbove(x, t))),
      h(
        'div',
        { class: 'ingest-review' },
        articleView(q.proposal.text, q.proposal.mentions),
        proposalsView(q, { update }, vocab()),
      ),
    );
    out.querySelectorAll('.ingest-article, .ingest-proposals').forEach((e, i) => (e.scrollTop = keep[i] ?? 0));
    dialog.button('ingest-commit')?.toggleAttribute('disabled', false);
  };
  const update = (change: (x: Queue) => Queue) => {
    q = change(q);
    render();
    saver.schedule(() => q);
  };
  const resume = (r: Queue) => {
    q = r;
    form.text.value = r.text;
    form.setMeta(r.meta);
    render();
  };
  form.onChange(() => {
    if (!q.proposal) return;
    q = { ...q, meta: form.meta() };
    saver.schedule(() => q);
  });
  form.file.addEventListener('change', async () => {
    const f = form.file.files?.[0];
    if (!f) return;
    form.text.value = await f.text();
    q = { ...q, name: f.name };
  });

  const propose = async () => {
    if (!form.text.value.trim()) {
      replaceChildren(out, errorBox('Nothing to propose', new Error('Paste an article or choose a file first.')));
      return false;
    }
    replaceChildren(out, h('p', { class: 'hint loading-text' }, 'Reading the article…'));
    try {
      const p = await editor.track(api['ingest:propose'](proposeArgs(form, q.name)));
      q = withProposal({ ...q, text: form.text.value, meta: form.meta() }, p);
      form.setMeta(q.meta);
      form.text.rows = 3;
      render();
      saver.schedule(() => q);
    } catch (e) {
      q = { ...q, proposal: null };
      replaceChildren(out, errorBox('The article cannot be read', e));
    }
    return false;
  };
  const commit = async () => {
    q = { ...q, meta: { ...form.meta() } };
    const args = commitArgs(q);
    if (!args) return false;
    if (!args.entities.length && !args.claims.length && !args.aliases?.length) {
      toastError(deps.toast, 'Nothing accepted', new Error('Accept at least one entity, alias or claim.'));
      return false;
    }
    await saver.flush(true);
    try {
      await commitIngest(deps, { ...args, ...(q.draft ? { draft: q.draft } : {}) });
      await saver.flush(false);
      return true;
    } catch (e) {
      toastError(deps.toast, 'Nothing was written', e);
      return false;
    }
  };
  const dialog = openDialog({
    title: 'Bring in an article',
    className: 'ingest-dialog',
    body: [offer, form.el, out],
    actions: [
      { label: 'Close' },
      { label: 'Propose', id: 'ingest-propose', run: propose },
      { label: 'Commit accepted', primary: true, id: 'ingest-commit', run: commit },
    ],
    onClose: () => void saver.flush(true),
  });
  dialog.button('ingest-commit')?.toggleAttribute('disabled', true);
  void offerDraft(api, offer, resume).catch(() => undefined);
}
