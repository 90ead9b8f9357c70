// Review queues kept as drafts: saved (debounced) after every decision, offered again when the
// dialog opens, deleted by the server once their commit succeeds.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { fromDraftState, toDraftState, type Queue } from './queue.ts';

const DELAY_MS = 600;

export interface DraftSaver {
  /** Saves the queue soon (the latest state wins). */
  schedule(q: () => Queue): void;
  /** Saves now whatever is pending, and waits for it; false stops later saves (after a commit). */
  flush(keepSaving: boolean): Promise<void>;
}

export function draftSaver(
  api: ApiClient,
  track: <T>(p: Promise<T>) => Promise<T>,
  saved: (id: string) => void,
): DraftSaver {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: (() => Queue) | null = null;
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const save = () => {
    timer = null;
    const get = pending;
    pending = null;
    if (!get || stopped) return chain;
    chain = track(
      chain.then(async () => {
        const q = get();
        if (!q.proposal) return;
        const title = q.meta.title.trim() || q.proposal.source.title || 'Untitled article';
        const r = await api['ingest:draft-save']({
          ...(q.draft ? { id: q.draft } : {}),
          title: title.slice(0, 500),
          text: q.proposal.text,
          state: toDraftState(q),
        });
        saved(r.id);
      }),
    ).catch(() => undefined);
    return chain;
  };
  return {
    schedule(q) {
      if (stopped) return;
      pending = q;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), DELAY_MS);
    },
    async flush(keepSaving) {
      if (timer) clearTimeout(timer);
      if (keepSaving) await save();
      else pending = null;
      stopped = !keepSaving;
      await chain;
    },
  };
}

/** The newest unfinished draft, offered with Resume and Discard; nothing shown when there is none. */
export async function offerDraft(api: ApiClient, el: HTMLElement, resume: (q: Queue) => void): Promise<void> {
  const { drafts } = await api['ingest:draft-list']({ limit: 5 });
  const d = drafts[0];
  if (!d) return;
  const open = h('button', { type: 'button', class: 'btn btn-small', id: 'ingest-resume' }, 'Resume');
  const drop = h('button', { type: 'button', class: 'btn btn-small btn-ghost' }, 'Discard');
  open.addEventListener('click', async () => {
    const full = await api['ingest:draft-get']({ id: d.id });
    replaceChildren(el);
    resume(fromDraftState(full.id, full.state));
  });
  drop.addEventListener('click', async () => {
    await api['ingest:draft-delete']({ id: d.id });
    replaceChildren(el);
  });
  replaceChildren(
    el,
    h(
      'div',
      { class: 'ingest-offer' },
      h('span', null, 'Unfinished review: ', h('strong', null, d.title), ` (${d.characters} characters)`),
      open,
      drop,
    ),
  );
}
