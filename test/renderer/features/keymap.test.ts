// Keyboard shortcuts as data: every key is bound once, and comboOf names an event the way KEYMAP
// writes it (Mod for Ctrl off macOS, Shift only where it is not already in the character).
import { describe, expect, it } from 'vitest';
import { comboOf, displayKeys, KEYMAP } from '../../../renderer/features/shortcuts/keymap.ts';

const key = (k: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('KEYMAP', () => {
  it('binds each key to one command, and each command once', () => {
    const keys = KEYMAP.flatMap((b) => b.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const commands = KEYMAP.map((b) => b.command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const b of KEYMAP) expect(b.label.length, b.command).toBeGreaterThan(3);
  });

  it('writes every key as comboOf would produce it', () => {
    for (const b of KEYMAP)
      for (const k of b.keys)
        expect(k, b.command).toMatch(/^(Mod\+)?(Alt\+)?(Shift\+)?([A-Z0-9]|[^\w\s]|[A-Z][a-z]+\w*)$/);
  });
});

describe('comboOf (not on macOS)', () => {
  it('upper-cases letters and names Ctrl as Mod', () => {
    expect(comboOf(key('f'))).toBe('F');
    expect(comboOf(key('f', { ctrlKey: true }))).toBe('Mod+F');
    expect(comboOf(key('z', { ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+Z');
    expect(comboOf(key('P', { shiftKey: true }))).toBe('Shift+P');
  });

  it('does not read Cmd/Win + a letter as the bare letter', () => {
    expect(comboOf(key('x', { metaKey: true }))).toBe('Meta+X');
    expect(KEYMAP.some((b) => b.keys.includes(comboOf(key('x', { metaKey: true }))))).toBe(false);
  });

  it('leaves Shift out of characters it produced (? + =) and keeps it for named keys', () => {
    expect(comboOf(key('?', { shiftKey: true }))).toBe('?');
    expect(comboOf(key('+', { shiftKey: true }))).toBe('+');
    expect(comboOf(key('ArrowLeft', { shiftKey: true }))).toBe('Shift+ArrowLeft');
    expect(comboOf(key('Escape'))).toBe('Escape');
  });

  it('finds the binding for typical key presses', () => {
    const table = new Map(KEYMAP.flatMap((b) => b.keys.map((k) => [k, b.command] as const)));
    expect(table.get(comboOf(key('z', { ctrlKey: true })))).toBe('undo');
    expect(table.get(comboOf(key('Z', { ctrlKey: true, shiftKey: true })))).toBe('redo');
    expect(table.get(comboOf(key('?', { shiftKey: true })))).toBe('shortcuts');
    expect(table.get(comboOf(key('Delete')))).toBe('hide-selection');
    expect(table.get(comboOf(key('x', { altKey: true })))).toBeUndefined();
  });
});

describe('displayKeys', () => {
  it('shows Ctrl for Mod and arrows as symbols', () => {
    expect(displayKeys('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(displayKeys('ArrowUp')).toBe('↑');
    expect(displayKeys('?')).toBe('?');
  });
});
