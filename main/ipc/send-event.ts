// Pushes a typed event from main to the renderer on channel `event:<name>`; the preload only
// forwards channels named in API_EVENTS.
import type { WebContents } from 'electron';
import type { ApiEventName, ApiEvents } from '../../graph-data/contract/api.ts';

export type SendTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

export function eventChannel(event: ApiEventName): string {
  return `event:${event}`;
}

/** Sends `payload` unless the target is gone (a window closed mid-operation is not an error). */
export function send<E extends ApiEventName>(target: SendTarget | null, event: E, payload: ApiEvents[E]): boolean {
  if (target === null || target.isDestroyed()) return false;
  target.send(eventChannel(event), payload);
  return true;
}
