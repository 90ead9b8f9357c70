// Shows an import preview (what would be written) and import errors with their stable code.
import type { ImportPreview } from '../../../graph-data/contract/views.ts';
import { h } from '../../ui/h.ts';

const MAX_WARNINGS = 30;

export function previewView(p: ImportPreview): HTMLElement {
  const c = p.counts;
  return h(
    'div',
    { class: 'preview' },
    h('div', { class: 'preview-head' }, h('span', { class: 'badge' }, p.format), h('span', { class: 'mono' }, p.file)),
    h(
      'div',
      { class: 'count-grid' },
      [
        ['entities', c.entities],
        ['relations', c.relations],
        ['claims', c.claims],
        ['sources', c.sources],
      ].map(([k, v]) => h('div', { class: 'count-cell' }, h('strong', null, String(v)), h('span', null, String(k)))),
    ),
    p.newKinds.length
      ? h(
          'div',
          { class: 'preview-row' },
          h('span', { class: 'sub' }, 'New kinds'),
          p.newKinds.map((k) => h('span', { class: 'chip' }, k)),
        )
      : null,
    p.newPredicates.length
      ? h(
          'div',
          { class: 'preview-row' },
          h('span', { class: 'sub' }, 'New predicates'),
          p.newPredicates.map((k) => h('span', { class: 'chip' }, k)),
        )
      : null,
    p.mapping.length
      ? h(
          'div',
          { class: 'preview-block' },
          h('div', { class: 'sub' }, 'Mapping (file → Claimscape)'),
          h(
            'ul',
            { class: 'sample-list mapping-list' },
            p.mapping.map((m) => h('li', null, h('span', { class: 'mono' }, m.from), ` → ${m.role}`)),
          ),
        )
      : null,
    p.sampleNodes.length
      ? h(
          'div',
          { class: 'preview-block' },
          h('div', { class: 'sub' }, 'Sample entities'),
          h(
            'ul',
            { class: 'sample-list' },
            p.sampleNodes.map((n) =>
              h('li', null, h('span', null, n.label), h('span', { class: 'muted' }, ` ${n.kind}`)),
            ),
          ),
        )
      : null,
    p.sampleEdges.length
      ? h(
          'div',
          { class: 'preview-block' },
          h('div', { class: 'sub' }, 'Sample relations'),
          h(
            'ul',
            { class: 'sample-list' },
            p.sampleEdges.map((e) => h('li', null, `${e.subject} — ${e.predicate} → ${e.object}`)),
          ),
        )
      : null,
    p.warnings.length
      ? h(
          'div',
          { class: 'preview-block warn' },
          h('div', { class: 'sub' }, `Warnings (${p.warnings.length})`),
          h(
            'ul',
            { class: 'warn-list' },
            p.warnings.slice(0, MAX_WARNINGS).map((w) => h('li', null, w)),
          ),
          p.warnings.length > MAX_WARNINGS
            ? h('p', { class: 'hint' }, `and ${p.warnings.length - MAX_WARNINGS} more`)
            : null,
        )
      : null,
  );
}

export function errorBox(title: string, e: unknown): HTMLElement {
  const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : 'internal';
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('div', { class: 'error-title' }, title),
    h('div', null, h('code', null, code), ' ', h('span', null, e instanceof Error ? e.message : String(e))),
  );
}
