// Create or edit a source: title, publisher, URL (http/https), published date, language, and
// which source it is a copy of (syndicated copies count once as a source).
import type { SourceDetail } from '../../../graph-data/contract/edit-views.ts';
import type { SourceView } from '../../../graph-data/contract/views.ts';
import { openDialog } from '../../ui/dialog.ts';
import { vocabOf, type EditCtx } from './context.ts';
import { entityPicker } from './entity-picker.ts';
import { openNewEntity } from './entity-dialogs.ts';
import { errorArea, grid, row, select, textInput, valueOf } from './form.ts';
import { knownSources, sourceLabel } from './known-sources.ts';

/** Resolves to the saved source (as a SourceView), or null when cancelled. */
export function openSourceForm(ctx: EditCtx, s: SourceDetail | null): Promise<SourceView | null> {
  return new Promise((done) => {
    let saved: SourceView | null = null;
    const title = textInput('source-title', s?.title);
    const publisher = entityPicker({
      id: 'source-publisher',
      label: 'Publisher',
      api: ctx.api,
      vocab: vocabOf(ctx),
      initial: s?.publisher ?? null,
      optional: true,
      create: (text) => openNewEntity(ctx, text),
    });
    const url = textInput('source-url', s?.url, { placeholder: 'https://…' });
    const published = textInput('source-published', s?.published, { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
    const language = textInput('source-language', s?.language, { placeholder: 'e.g. id, en' });
    const others = knownSources().filter((x) => x.id !== s?.id);
    const copyOf = select(
      'source-copy-of',
      [['', 'none: an original'], ...others.map((x): [string, string] => [x.id, sourceLabel(x)])],
      s?.copyOf?.id ?? '',
    );
    const err = errorArea();
    const save = async () => {
      const blank = s ? null : undefined;
      const fields = {
        title: title.value,
        publisher: publisher.value()?.id ?? blank,
        url: valueOf(url) ?? blank,
        published: valueOf(published) ?? blank,
        language: valueOf(language) ?? blank,
        copyOf: copyOf.value || blank,
      };
      try {
        const r = s
          ? await ctx.editor.change('source:update', { id: s.id, ...fields })
          : await ctx.editor.change('source:create', fields);
        saved = {
          id: r.id,
          title: title.value.trim(),
          publisher: publisher.value(),
          url: fields.url ?? null,
          language: fields.language ?? null,
          published: fields.published ?? null,
        };
        return true;
      } catch (e) {
        err.show(e, 'The source was not saved');
        return false;
      }
    };
    openDialog({
      title: s ? 'Edit source' : 'New source',
      className: 'edit-dialog',
      body: [
        grid(
          row('Title', title),
          row('Publisher', publisher.el),
          row('URL', url, 'http or https only'),
          row('Published', published),
          row('Language', language, 'BCP-47 tag'),
          row('Copy of', copyOf, 'a syndicated copy counts once'),
        ),
        err.el,
      ],
      actions: [{ label: 'Cancel' }, { label: 'Save source', primary: true, id: 'save-source', run: save }],
      onClose: () => done(saved),
    });
  });
}
