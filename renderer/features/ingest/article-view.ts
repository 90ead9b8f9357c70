// The article text with its mentions highlighted: plain text nodes and <mark> spans built with h()
// (the article is untrusted: never parsed as HTML). Classes tell resolved, new and ambiguous apart.
import type { MentionProposal } from '../../../graph-data/ingest/types.ts';
import { h } from '../../ui/h.ts';

export function mentionClass(m: MentionProposal): 'resolved' | 'new' | 'ambiguous' {
  if (m.candidates?.length) return 'ambiguous';
  return m.entity ? 'resolved' : 'new';
}

export function articleView(text: string, mentions: readonly MentionProposal[]): HTMLElement {
  const el = h('div', { class: 'ingest-article', 'aria-label': 'Article text' });
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length) continue; // overlapping or out of range: keep the first
    if (m.start > at) el.append(text.slice(at, m.start));
    const kind = mentionClass(m);
    const what = kind === 'new' ? `new ${m.kind}` : kind === 'ambiguous' ? 'ambiguous' : m.label;
    el.append(
      h(
        'mark',
        { class: `mention mention-${kind}`, title: `${what} · ${Math.round(m.confidence * 100)}%` },
        text.slice(m.start, m.end),
      ),
    );
    at = m.end;
  }
  if (at < text.length) el.append(text.slice(at));
  return el;
}
