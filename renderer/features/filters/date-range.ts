// Two partial-date fields (2024, 2024-10, 2024-10-18): applied when valid, after a short pause
// in typing or on Enter; an invalid value is marked and not applied.
import { h } from '../../ui/h.ts';
import { readDateRange } from './date-range-value.ts';

export function mountDateRange(apply: (from: string | null, to: string | null) => void): {
  el: HTMLElement;
  show(from: string | null, to: string | null): void;
} {
  const field = (label: string) =>
    h('input', {
      type: 'text',
      class: 'date-input',
      placeholder: 'YYYY[-MM[-DD]]',
      'aria-label': label,
      inputmode: 'numeric',
      spellcheck: 'false',
    });
  const from = field('Stated from');
  const to = field('Stated until');
  let timer = 0;
  const go = () => {
    clearTimeout(timer);
    const r = readDateRange(from.value, to.value);
    from.classList.toggle('invalid', r.from === undefined);
    to.classList.toggle('invalid', r.to === undefined);
    if (r.valid) apply(r.from ?? null, r.to ?? null);
  };
  for (const i of [from, to]) {
    i.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(go, 600);
    });
    i.addEventListener('keydown', (e) => e.key === 'Enter' && go());
    i.addEventListener('change', go);
  }
  return {
    el: h('div', { class: 'date-range' }, from, h('span', { class: 'muted' }, '–'), to),
    show(a, b) {
      if (document.activeElement !== from) from.value = a ?? '';
      if (document.activeElement !== to) to.value = b ?? '';
    },
  };
}
