// The About dialog: what Claimscape is, which database is open and how it is being served.
import type { DatabaseInfo } from '../../../graph-data/contract/views.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';

export function openAboutDialog(info: DatabaseInfo | null, env: { transport: string; renderer: string }): void {
  const c = info?.counts;
  openDialog({
    title: 'About Claimscape',
    className: 'about-dialog',
    body: [
      h(
        'p',
        { class: 'about-lead' },
        'A knowledge-graph explorer of stated relations: who said what about whom. Every edge stands on claims, each with its claimant, stance, date and source.',
      ),
      h(
        'dl',
        { class: 'kv' },
        h('dt', null, 'Database'),
        h('dd', { class: 'mono wrap' }, info?.file ?? '—'),
        h('dt', null, 'Contents'),
        h(
          'dd',
          null,
          c ? `${c.entities} entities, ${c.relations} relations, ${c.claims} claims, ${c.sources} sources` : '—',
        ),
        h('dt', null, 'Running as'),
        h('dd', null, env.transport === 'electron' ? 'desktop app' : 'local web server (127.0.0.1)'),
        h('dt', null, 'Graph renderer'),
        h('dd', null, env.renderer === 'webgl' ? 'Cytoscape.js, WebGL (experimental)' : 'Cytoscape.js, canvas'),
      ),
      h(
        'p',
        { class: 'hint' },
        'Status on each edge is derived from its claims: confirmed, asserted, unverified, contested or denied. Line width counts independent sources.',
      ),
    ],
    actions: [{ label: 'Close', primary: true }],
  });
}
