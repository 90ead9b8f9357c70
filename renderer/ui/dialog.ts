// Modal dialogs on the native <dialog> element: focus is trapped and Escape closes, for free.
import './ui.css';
import { h, type Child } from './h.ts';

export interface DialogAction {
  label: string;
  primary?: boolean;
  /** Return false to keep the dialog open (e.g. while a call runs or after an error). */
  run?: () => boolean | void | Promise<boolean | void>;
  id?: string;
}

export interface DialogHandle {
  el: HTMLDialogElement;
  body: HTMLElement;
  close(): void;
  button(id: string): HTMLButtonElement | null;
}

export function openDialog(opts: {
  title: string;
  body: Child | Child[];
  actions?: DialogAction[];
  className?: string;
  onClose?: () => void;
}): DialogHandle {
  const body = h('div', { class: 'dialog-body' }, opts.body);
  const footer = h('div', { class: 'dialog-footer' });
  const el = h(
    'dialog',
    { class: `dialog ${opts.className ?? ''}`, 'aria-label': opts.title },
    h(
      'header',
      { class: 'dialog-header' },
      h('h2', null, opts.title),
      h('button', { class: 'icon-btn', 'aria-label': 'Close', onclick: () => close() }, '×'),
    ),
    body,
    footer,
  );
  const close = () => {
    if (el.open) el.close();
  };
  el.addEventListener('close', () => {
    el.remove();
    opts.onClose?.();
  });
  for (const a of opts.actions ?? []) {
    const btn = h('button', { class: a.primary ? 'btn btn-primary' : 'btn', 'data-action': a.id ?? a.label }, a.label);
    btn.addEventListener('click', async () => {
      btn.disabled = true;
      try {
        if ((await a.run?.()) !== false) close();
      } finally {
        btn.disabled = false;
      }
    });
    footer.appendChild(btn);
  }
  document.body.appendChild(el);
  el.showModal();
  // Start on the first field (or the main action), not on the close button.
  const first =
    body.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea') ??
    footer.querySelector<HTMLElement>('.btn-primary');
  first?.focus();
  return {
    el,
    body,
    close,
    button: (id) => footer.querySelector<HTMLButtonElement>(`[data-action="${CSS.escape(id)}"]`),
  };
}
