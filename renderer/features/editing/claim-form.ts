// "Add a claim" and "Edit claim": who said what about which relation, where and when. Entity fields
// search as you type and can create what is missing; a predicate that does not usually connect the
// chosen kinds warns, and the researcher can confirm ("Add anyway" sends force).
import type { ClaimView, EntityRef, SourceView } from '../../../graph-data/contract/views.ts';
import { STANCES, type Stance } from '../../../graph-data/model/types.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { vocabOf, type EditCtx } from './context.ts';
import { entityPicker, type Picker } from './entity-picker.ts';
import { openNewEntity } from './entity-dialogs.ts';
import { codeOf, errorArea, grid, row, select, textArea, textInput, valueOf } from './form.ts';
import { sourceField } from './source-field.ts';

export interface ClaimFormInit {
  subject?: EntityRef | null;
  predicate?: string;
  object?: EntityRef | null;
  /** Editing this claim (claim:update) instead of adding one. */
  claim?: ClaimView;
  /** Sources to offer first (those already cited around the selection). */
  sources?: readonly SourceView[];
}

const STANCE_HINTS: Record<Stance, string> = {
  asserts: 'asserts: says it is so',
  reports: 'reports: relays what another party says',
  'cannot-verify': 'cannot verify: says it cannot confirm it',
  denies: 'denies: says it is not so',
  confirms: 'confirms: says it is so, as a confirmation',
};

export function openClaimForm(ctx: EditCtx, init: ClaimFormInit): void {
  const vocab = vocabOf(ctx);
  const c = init.claim;
  const picker = (id: string, label: string, initial: EntityRef | null | undefined, optional = false) =>
    entityPicker({
      id,
      label,
      api: ctx.api,
      vocab,
      initial: initial ?? null,
      optional,
      create: (text) => openNewEntity(ctx, text),
      onChange: () => checkKinds(),
    });
  const subject = picker('claim-subject', 'Subject', init.subject);
  const object = picker('claim-object', 'Object', init.object);
  const claimant = picker('claim-claimant', 'Claimant', c?.claimant);
  const via = picker('claim-via', 'Reported via', c?.reportedVia, true);
  const predicates: [string, string][] = (vocab?.predicates ?? []).map((p) => [p.id, p.label['en'] ?? p.id]);
  const predicate = select('claim-predicate', predicates, init.predicate ?? predicates[0]?.[0]);
  const stance = select(
    'claim-stance',
    STANCES.map((s) => [s, STANCE_HINTS[s]]),
    c?.stance ?? 'asserts',
  );
  const source = sourceField(ctx, c?.source ?? null, init.sources ?? []);
  const stated = textInput('claim-stated', c?.stated, { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const summary = textArea('claim-summary', c?.summary, 2);
  const excerpt = textArea('claim-excerpt', c?.excerpt, 2);
  const kindNote = h('div', { class: 'kind-note', 'aria-live': 'polite' });
  const err = errorArea();
  let force = false;

  function checkKinds(): void {
    force = false;
    const p = vocab?.predicates.find((x) => x.id === predicate.value);
    const off = (ref: EntityRef | null, kinds: string[] | undefined) =>
      ref && kinds?.length && !kinds.includes(ref.kind) ? ref : null;
    const bad = [off(subject.value(), p?.subjectKinds), off(object.value(), p?.objectKinds)].filter(
      (x): x is EntityRef => !!x,
    );
    replaceChildren(
      kindNote,
      p && bad.length
        ? `“${p.label['en'] ?? p.id}” does not usually apply to ${bad
            .map((r) => `${r.label} (${kindStyle(vocab, r.kind).label})`)
            .join(' or ')}. You can still add it after confirming.`
        : null,
    );
  }
  predicate.addEventListener('change', checkKinds);
  checkKinds();

  const args = () => {
    const need = (p: Picker, what: string) => {
      const v = p.value();
      if (!v) throw Object.assign(new Error(`choose the ${what} from the list`), { code: 'bad-argument' });
      return v.id;
    };
    const opt = (el: HTMLInputElement | HTMLTextAreaElement) => valueOf(el) ?? (c ? null : undefined);
    const srcId = source.value();
    if (!srcId) throw Object.assign(new Error('choose a source, or add a new one'), { code: 'bad-argument' });
    return {
      subject: need(subject, 'subject'),
      predicate: predicate.value,
      object: need(object, 'object'),
      claimant: need(claimant, 'claimant'),
      stance: stance.value as Stance,
      source: srcId,
      stated: opt(stated),
      summary: opt(summary),
      excerpt: opt(excerpt),
      reportedVia: via.value()?.id ?? (c ? null : undefined),
      ...(force ? { force: true } : {}),
    };
  };

  const submit = async () => {
    try {
      const a = args();
      const o = { include: [a.subject, a.object], anchor: a.subject };
      const r = c
        ? await ctx.editor.change('claim:update', { id: c.id, ...a }, o)
        : await ctx.editor.change('claim:add', a, o);
      if (r.relationId) ctx.showRelation(r.relationId);
      for (const w of r.warnings) ctx.toast({ kind: 'warning', title: 'Saved with a warning', message: w });
      return true;
    } catch (e) {
      if (codeOf(e) === 'validation-error' && !force) {
        force = true;
        err.warn(
          h('div', { class: 'error-title' }, 'Unusual kinds for this predicate'),
          h('div', null, e instanceof Error ? e.message : String(e)),
          h('div', null, 'Check the entities, or confirm with “Add anyway”.'),
        );
        const btn = dialog.button('save-claim');
        if (btn) btn.textContent = c ? 'Save anyway' : 'Add anyway';
      } else err.show(e, c ? 'The claim was not changed' : 'The claim was not added');
      return false;
    }
  };

  const dialog = openDialog({
    title: c ? 'Edit claim' : 'Add a claim',
    className: 'edit-dialog claim-dialog',
    body: [
      h('div', { class: 'edit-section-title' }, 'What is said'),
      grid(row('Subject', subject.el), row('Predicate', predicate), row('Object', object.el)),
      kindNote,
      h('div', { class: 'edit-section-title' }, 'Who says it, where and when'),
      grid(
        row('Claimant', claimant.el, 'who states it (not the publisher)'),
        row('Stance', stance),
        row('Source', source.el),
        row('Stated', stated, 'when it was said; partial dates are fine'),
        row('Reported via', via.el, 'e.g. the agency relaying an official'),
      ),
      h('div', { class: 'edit-section-title' }, 'In words'),
      grid(row('Summary', summary, 'in your own words'), row('Excerpt', excerpt, 'the sentence from the source')),
      err.el,
    ],
    actions: [
      { label: 'Cancel' },
      { label: c ? 'Save claim' : 'Add claim', primary: true, id: 'save-claim', run: submit },
    ],
  });
  if (!init.subject) subject.input.focus();
  else if (!init.object) object.input.focus();
  else claimant.input.focus();
}
