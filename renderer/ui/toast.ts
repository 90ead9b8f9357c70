// Transient messages in a corner: failures show the stable error code beside the message so a
// researcher can report it; an optional action button (e.g. "Show more") runs once.
import './ui.css';
import { h } from './h.ts';

export interface ToastOptions {
  kind?: 'info' | 'success' | 'error' | 'warning';
  title: string;
  message?: string;
  code?: string;
  action?: { label: string; run: () => void };
  /** Milliseconds before it goes away; errors stay longer. */
  timeout?: number;
}

export type Toaster = (opts: ToastOptions) => void;

export function mountToaster(container: HTMLElement): Toaster {
  container.classList.add('toasts');
  container.setAttribute('aria-live', 'polite');
  return (opts) => {
    const kind = opts.kind ?? 'info';
    const close = () => el.remove();
    const el = h(
      'div',
      { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      h(
        'div',
        { class: 'toast-body' },
        h(
          'div',
          { class: 'toast-title' },
          opts.title,
          opts.code ? h('code', { class: 'toast-code' }, opts.code) : null,
        ),
        opts.message ? h('div', { class: 'toast-message' }, opts.message) : null,
      ),
      opts.action
        ? h(
            'button',
            {
              class: 'btn btn-small',
              onclick: () => {
                close();
                opts.action?.run();
              },
            },
            opts.action.label,
          )
        : null,
      h('button', { class: 'toast-close', 'aria-label': 'Dismiss', onclick: close }, '×'),
    );
    container.appendChild(el);
    while (container.children.length > 4) container.firstElementChild?.remove();
    setTimeout(close, opts.timeout ?? (kind === 'error' || opts.action ? 15_000 : 5_000));
  };
}

/** Shows a failed call: `{code, message}` from ApiCallError, or any other thrown value. */
export function toastError(toast: Toaster, title: string, e: unknown): void {
  const code = typeof e === 'object' && e && 'code' in e && typeof e.code === 'string' ? e.code : 'internal';
  const message = e instanceof Error ? e.message : String(e);
  toast({ kind: 'error', title, code, message });
}
