// Keyboard shortcuts as data: the key handler and the help dialog both read this list.
export interface KeyBinding {
  /** "Mod" is Ctrl, or Cmd on macOS. */
  keys: string[];
  command: string;
  label: string;
}

export const KEYMAP: readonly KeyBinding[] = [
  { keys: ['Mod+F'], command: 'find', label: 'Search entities' },
  { keys: ['Mod+Z'], command: 'undo', label: 'Undo the last step: a view operation or a change to the data' },
  { keys: ['Mod+Y', 'Mod+Shift+Z'], command: 'redo', label: 'Redo' },
  { keys: ['Delete', 'Backspace'], command: 'hide-selection', label: 'Hide the selected entities or relations' },
  { keys: ['X'], command: 'expand-selection', label: 'Expand the selected entities' },
  { keys: ['F'], command: 'focus-selection', label: 'Focus on the selected entity and its neighbours' },
  { keys: ['P'], command: 'path-from-selection', label: 'Start a path from the selected entity (or between two)' },
  { keys: ['Shift+P'], command: 'pin-selection', label: 'Pin or unpin the selected entities' },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown'],
    command: 'move-selection',
    label: 'Select the nearest entity in that direction (in the graph)',
  },
  { keys: ['0'], command: 'fit', label: 'Fit the graph to the window' },
  { keys: ['+', '='], command: 'zoom-in', label: 'Zoom in' },
  { keys: ['-'], command: 'zoom-out', label: 'Zoom out' },
  { keys: ['L'], command: 'reset-layout', label: 'Re-run the layout' },
  { keys: ['E'], command: 'export', label: 'Export…' },
  { keys: ['I'], command: 'import', label: 'Import…' },
  { keys: ['T'], command: 'toggle-theme', label: 'Switch light / dark theme' },
  { keys: ['C'], command: 'toggle-claims', label: 'Claims view: show who said what' },
  {
    keys: ['G'],
    command: 'toggle-groups',
    label: 'Show the parallel relations grouped at the selection, or group them again',
  },
  { keys: ['\\'], command: 'toggle-panels', label: 'Show or hide the side panels' },
  { keys: ['Escape'], command: 'clear', label: 'Clear the selection and path highlight' },
  { keys: ['?'], command: 'shortcuts', label: 'Show this list' },
];

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The combo an event stands for, in KEYMAP's notation. */
export function comboOf(e: KeyboardEvent): string {
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  const letter = /^[A-Z]$/.test(key);
  const parts = [];
  if (IS_MAC ? e.metaKey : e.ctrlKey) parts.push('Mod');
  // The other platform key (Cmd off macOS, Ctrl on macOS) is named too, so it never reads as a bare key.
  if (IS_MAC ? e.ctrlKey : e.metaKey) parts.push(IS_MAC ? 'Ctrl' : 'Meta');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey && (letter || key.length > 1)) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowUp: '↑', ArrowRight: '→', ArrowDown: '↓' };

export function displayKeys(combo: string): string {
  return combo.replace('Mod', IS_MAC ? '⌘' : 'Ctrl').replace(/Arrow(Left|Up|Right|Down)/, (a) => ARROWS[a] ?? a);
}
