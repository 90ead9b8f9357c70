// The first part of the "Bring in an article" dialog: paste text or choose a file (read here as
// text), and the source metadata the proposal prefills and the researcher may correct.
import { h } from '../../ui/h.ts';
import type { Meta } from './queue.ts';

const FIELDS: readonly { key: keyof Meta; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Title', placeholder: 'from the article' },
  { key: 'publisher', label: 'Publisher', placeholder: 'from the article' },
  { key: 'url', label: 'URL', placeholder: 'https://…' },
  { key: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
];

export interface InputForm {
  el: HTMLElement;
  text: HTMLTextAreaElement;
  file: HTMLInputElement;
  meta(): Meta;
  setMeta(m: Meta): void;
  onChange(listener: () => void): void;
}

export function inputForm(): InputForm {
  const text = h('textarea', {
    id: 'ingest-text',
    class: 'ingest-text',
    rows: 6,
    'aria-label': 'Article text',
    placeholder: 'Paste the article here, or choose a file below.',
  });
  const file = h('input', {
    type: 'file',
    id: 'ingest-file',
    accept: '.txt,.md,.html,.htm',
    'aria-label': 'Article file',
  });
  const inputs = FIELDS.map((f) => ({
    ...f,
    input: h('input', {
      type: 'text',
      id: `ingest-${f.key}`,
      placeholder: f.placeholder,
      'aria-label': f.label,
      spellcheck: 'false',
    }),
  }));
  const lang = h(
    'select',
    { id: 'ingest-lang', 'aria-label': 'Language' },
    h('option', { value: '' }, 'Detect'),
    h('option', { value: 'en' }, 'English'),
    h('option', { value: 'id' }, 'Indonesian'),
  );
  const el = h(
    'div',
    { class: 'ingest-input' },
    text,
    h('div', { class: 'ingest-file-row' }, h('label', { for: 'ingest-file', class: 'field-label' }, 'Or a file'), file),
    h(
      'div',
      { class: 'form-grid ingest-meta' },
      inputs.flatMap((f) => [h('label', { for: f.input.id }, f.label), f.input]),
      h('label', { for: 'ingest-lang' }, 'Language'),
      lang,
    ),
  );
  const meta = (): Meta => {
    const m = { lang: lang.value } as Meta;
    for (const f of inputs) m[f.key] = f.input.value;
    return m;
  };
  const setMeta = (m: Meta) => {
    for (const f of inputs) f.input.value = m[f.key];
    lang.value = m.lang;
  };
  const onChange = (l: () => void) => {
    for (const c of [text, lang, ...inputs.map((f) => f.input)]) c.addEventListener('change', l);
  };
  return { el, text, file, meta, setMeta, onChange };
}
