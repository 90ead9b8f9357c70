// The top toolbar: every button runs a command; Undo/Redo say what they will undo or redo.
import { redoLabel, undoLabel } from '../../state/history.ts';
import type { AppStore } from '../../state/app-state.ts';
import type { Commands } from '../../ui/commands.ts';
import { h } from '../../ui/h.ts';
import { icon } from '../../ui/icons.ts';
import { shortcutOf } from '../shortcuts/index.ts';

interface ButtonSpec {
  command: string;
  icon: string;
  label: string;
  text?: boolean;
}

const GROUPS: ButtonSpec[][] = [
  [
    { command: 'import', icon: 'import', label: 'Import…', text: true },
    { command: 'export', icon: 'export', label: 'Export…', text: true },
    { command: 'ingest', icon: 'claims', label: 'Bring in an article…', text: true },
  ],
  [
    { command: 'undo', icon: 'undo', label: 'Undo' },
    { command: 'redo', icon: 'redo', label: 'Redo' },
  ],
  [
    { command: 'fit', icon: 'fit', label: 'Fit to window' },
    { command: 'zoom-in', icon: 'zoom-in', label: 'Zoom in' },
    { command: 'zoom-out', icon: 'zoom-out', label: 'Zoom out' },
    { command: 'reset-layout', icon: 'layout', label: 'Re-run layout' },
  ],
  [{ command: 'toggle-claims', icon: 'claims', label: 'Claims view', text: true }],
];
const RIGHT: ButtonSpec[] = [
  { command: 'toggle-panels', icon: 'panels', label: 'Toggle side panels' },
  { command: 'toggle-theme', icon: 'theme', label: 'Toggle light/dark theme' },
  { command: 'shortcuts', icon: 'help', label: 'Keyboard shortcuts' },
  { command: 'about', icon: 'info', label: 'About Claimscape' },
];

export function mountToolbar(el: HTMLElement, deps: { commands: Commands; store: AppStore }): void {
  const buttons = new Map<string, HTMLButtonElement>();
  const button = (b: ButtonSpec) => {
    const keys = shortcutOf(b.command);
    const btn = h(
      'button',
      {
        class: b.text ? 'tb-btn tb-text' : 'tb-btn',
        'aria-label': b.label,
        title: keys ? `${b.label} (${keys})` : b.label,
        'data-command': b.command,
      },
      icon(b.icon, 16),
      b.text ? h('span', null, b.label) : null,
    );
    btn.addEventListener('click', () => deps.commands.run(b.command));
    buttons.set(b.command, btn);
    return btn;
  };
  el.append(
    h(
      'div',
      { class: 'brand' },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◆'),
      h('span', { class: 'brand-name' }, 'Claimscape'),
    ),
    ...GROUPS.map((g) => h('div', { class: 'tb-group' }, g.map(button))),
    h('div', { class: 'tb-spacer' }),
    h('div', { class: 'tb-group' }, RIGHT.map(button)),
  );

  const refresh = () => {
    const hist = deps.store.get().history;
    for (const [id, btn] of buttons) btn.disabled = !deps.commands.isEnabled(id);
    const u = undoLabel(hist);
    const r = redoLabel(hist);
    const undo = buttons.get('undo');
    const redo = buttons.get('redo');
    if (undo) undo.title = u ? `Undo: ${u} (${shortcutOf('undo')})` : 'Nothing to undo';
    if (redo) redo.title = r ? `Redo: ${r} (${shortcutOf('redo')})` : 'Nothing to redo';
  };
  deps.store.subscribe(refresh);
  refresh();
}
