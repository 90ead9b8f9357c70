// Global keyboard shortcuts (from KEYMAP) and the help dialog that lists them. Shortcuts do not
// fire while typing in a field (except Ctrl/Cmd+F) or while a dialog is open.
import './shortcuts.css';
import type { Commands } from '../../ui/commands.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';
import { comboOf, displayKeys, KEYMAP } from './keymap.ts';

export { KEYMAP, displayKeys } from './keymap.ts';

export function bindShortcuts(commands: Commands): void {
  const table = new Map<string, string>();
  for (const b of KEYMAP) for (const k of b.keys) table.set(k, b.command);
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const combo = comboOf(e);
    const command = table.get(combo);
    if (!command) return;
    if (document.querySelector('dialog[open], .context-menu')) return;
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    if (typing && command !== 'find') return;
    if (commands.run(command)) e.preventDefault();
  });
}

export function openShortcutsDialog(): void {
  openDialog({
    title: 'Keyboard shortcuts',
    className: 'shortcuts-dialog',
    body: h(
      'table',
      { class: 'shortcut-table' },
      h(
        'tbody',
        null,
        KEYMAP.map((b) =>
          h(
            'tr',
            null,
            h(
              'td',
              null,
              b.keys.map((k) => h('kbd', null, displayKeys(k))),
            ),
            h('td', null, b.label),
          ),
        ),
      ),
    ),
    actions: [{ label: 'Close', primary: true }],
  });
}

/** "Ctrl+Z" for a command, for tooltips. */
export function shortcutOf(command: string): string {
  const b = KEYMAP.find((k) => k.command === command);
  return b?.keys[0] ? displayKeys(b.keys[0]) : '';
}
