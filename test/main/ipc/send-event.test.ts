// Push events go out on `event:<name>` and are dropped quietly when the window is gone.
import { describe, expect, it, vi } from 'vitest';
import { send } from '../../../main/ipc/send-event.ts';

describe('send', () => {
  it('sends the payload on the event channel', () => {
    const target = { send: vi.fn(), isDestroyed: () => false };
    expect(send(target, 'db:changed', { file: '/x.db' })).toBe(true);
    expect(target.send).toHaveBeenCalledWith('event:db:changed', { file: '/x.db' });
    send(target, 'menu:command', { command: 'fit' });
    expect(target.send).toHaveBeenLastCalledWith('event:menu:command', { command: 'fit' });
  });

  it('does nothing for a destroyed or missing window', () => {
    const target = { send: vi.fn(), isDestroyed: () => true };
    expect(send(target, 'db:changed', { file: '/x.db' })).toBe(false);
    expect(send(null, 'db:changed', { file: '/x.db' })).toBe(false);
    expect(target.send).not.toHaveBeenCalled();
  });
});
