// The proposals of one article as a review list: new entities, aliases and claims, each with its
// confidence, Accept/Reject, and a small edit (claim stance and predicate; an ambiguous name's pick).
import type { IngestProposalView } from '../../../graph-data/contract/ingest-views.ts';
import type { PartyRef } from '../../../graph-data/ingest/types.ts';
import { STANCES, type Stance, type Vocabulary } from '../../../graph-data/model/types.ts';
import { h } from '../../ui/h.ts';
import { predicateLabel } from '../../ui/kind-style.ts';
import { partyOf, type Queue } from './queue.ts';

export interface ReviewActions {
  /** Applies a change to the queue and redraws. */
  update(change: (q: Queue) => Queue): void;
}

const pct = (c: number) => h('span', { class: 'ingest-conf', title: 'Confidence' }, `${Math.round(c * 100)}%`);

function decide(accepted: boolean, set: (v: boolean) => void, what: string): HTMLElement {
  const btn = (v: boolean, label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: `btn btn-small ${accepted === v ? 'on' : ''}`,
        'aria-pressed': String(accepted === v),
        'aria-label': `${label} ${what}`,
        onclick: () => set(v),
      },
      label,
    );
  return h('span', { class: 'ingest-decide' }, btn(true, 'Accept'), btn(false, 'Reject'));
}

function row(accepted: boolean, kind: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('li', { class: `ingest-item ingest-${kind} ${accepted ? 'accepted' : 'rejected'}` }, ...children);
}

function entityRows(p: IngestProposalView, q: Queue, a: ReviewActions): HTMLElement[] {
  return p.entities.map((e, i) =>
    row(
      !!q.entities[i],
      'entity',
      h('span', { class: 'ingest-what' }, h('strong', null, e.label), ` · new ${e.kind}`),
      pct(e.confidence),
      decide(
        !!q.entities[i],
        (v) => a.update((x) => ({ ...x, entities: x.entities.map((o, j) => (j === i ? v : o)) })),
        e.label,
      ),
    ),
  );
}

function aliasRows(p: IngestProposalView, q: Queue, a: ReviewActions): HTMLElement[] {
  return p.aliases.map((al, i) =>
    row(
      !!q.aliases[i],
      'alias',
      h('span', { class: 'ingest-what' }, `Alias “${al.text}” for `, h('strong', null, al.entity)),
      pct(al.confidence),
      decide(
        !!q.aliases[i],
        (v) => a.update((x) => ({ ...x, aliases: x.aliases.map((o, j) => (j === i ? v : o)) })),
        al.text,
      ),
    ),
  );
}

/** Ambiguous names: a select of the candidates (the pick replaces the entity in every claim). */
function ambiguityRows(p: IngestProposalView, q: Queue, a: ReviewActions): HTMLElement[] {
  const seen = new Set<string>();
  return p.mentions.flatMap((m) => {
    if (!m.entity || !m.candidates?.length || seen.has(m.entity)) return [];
    const id = m.entity;
    seen.add(id);
    const options = [{ entity: id, label: m.label }, ...m.candidates.filter((c) => c.entity !== id)];
    const sel = h(
      'select',
      {
        'aria-label': `Which entity is “${m.text}”`,
        onchange: () => a.update((x) => ({ ...x, choices: { ...x.choices, [id]: sel.value } })),
      },
      options.map((c) => h('option', { value: c.entity, selected: (q.choices[id] ?? id) === c.entity }, c.label)),
    );
    return [row(true, 'ambiguous', h('span', { class: 'ingest-what' }, `“${m.text}” means `), sel, pct(m.confidence))];
  });
}

function partyText(q: Queue, p: PartyRef): string {
  return partyOf(q, p) ? p.label : `${p.label} (rejected)`;
}

function claimRows(p: IngestProposalView, q: Queue, a: ReviewActions, vocab: Vocabulary | null): HTMLElement[] {
  const predicates = vocab?.predicates.map((v) => v.id) ?? [];
  return p.claims.map((c, i) => {
    const d = q.claims[i]!;
    const set = (patch: Partial<typeof d>) =>
      a.update((x) => ({ ...x, claims: x.claims.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));
    const stance = h(
      'select',
      {
        'aria-label': 'Stance',
        class: `stance-${d.stance}`,
        onchange: () => set({ stance: stance.value as Stance }),
      },
      STANCES.map((s) => h('option', { value: s, selected: s === d.stance }, s)),
    );
    const ids = predicates.includes(d.predicate) ? predicates : [d.predicate, ...predicates];
    const pred = h(
      'select',
      { 'aria-label': 'Predicate', onchange: () => set({ predicate: pred.value }) },
      ids.map((id) => h('option', { value: id, selected: id === d.predicate }, predicateLabel(vocab, id))),
    );
    const blocked = [c.claimant, c.subject, c.object].some((x) => !partyOf(q, x));
    return row(
      d.accepted && !blocked,
      'claim',
      h(
        'div',
        { class: 'ingest-claim-head' },
        h('strong', null, partyText(q, c.claimant)),
        stance,
        h('span', null, partyText(q, c.subject)),
        pred,
        h('span', null, partyText(q, c.object)),
      ),
      h('div', { class: 'ingest-excerpt' }, c.excerpt),
      pct(c.confidence),
      decide(d.accepted, (v) => set({ accepted: v }), `claim ${i + 1}`),
    );
  });
}

export function proposalsView(q: Queue, a: ReviewActions, vocab: Vocabulary | null): HTMLElement {
  const p = q.proposal!;
  const section = (title: string, items: HTMLElement[]) =>
    items.length
      ? [h('h3', { class: 'ingest-h' }, `${title} (${items.length})`), h('ul', { class: 'ingest-list' }, items)]
      : [];
  return h(
    'div',
    { class: 'ingest-proposals', 'aria-label': 'Proposals' },
    section('New entities', entityRows(p, q, a)),
    section('Ambiguous names', ambiguityRows(p, q, a)),
    section('Aliases', aliasRows(p, q, a)),
    section('Claims', claimRows(p, q, a, vocab)),
    p.warnings.map((w) => h('p', { class: 'hint' }, w)),
  );
}
