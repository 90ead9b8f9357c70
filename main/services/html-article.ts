// The article inside a saved web page: main text by Mozilla Readability over linkedom (a DOM that
// never runs scripts or fetches anything), paragraphs kept as lines, and the source metadata the
// page's meta tags give (title, site name, canonical URL, published date, language).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toPartialDate } from '../../graph-data/model/partial-date.ts';

export interface HtmlArticle {
  text: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  /** Active or remote content that was ignored: never run, never fetched. */
  scripts: number;
  remote: number;
}

type Doc = ReturnType<typeof parseHTML>['document'];

const meta = (doc: Doc, ...names: string[]): string | null => {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

const REMOTE = /^(?:https?:)?\/\//i;

function countRemote(doc: Doc): number {
  let n = 0;
  for (const el of doc.querySelectorAll('img, iframe, video, audio, source, embed, object, link[rel~="stylesheet"]')) {
    const src = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? '';
    if (REMOTE.test(src.trim()) || /(?:^|,\s*)(?:https?:)?\/\//i.test(el.getAttribute('srcset') ?? '')) n++;
  }
  return n;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';

/** Article HTML to text, one block per line, whitespace collapsed. */
function blocksToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // the innermost blocks carry the text
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  return lines.length ? lines.join('\n') : (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const scripts = document.querySelectorAll('script, noscript').length;
  const remote = countRemote(document);
  for (const el of document.querySelectorAll('script, noscript, style, template')) el.remove();
  const title =
    meta(document, 'og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const published =
    meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const language = document.documentElement?.getAttribute('lang') ?? meta(document, 'og:locale', 'language');
  const publisher = meta(document, 'og:site_name', 'application-name', 'publisher');
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = article?.content ? blocksToText(article.content) : blocksToText(document.body?.innerHTML ?? '');
  return {
    text,
    title: title ?? article?.title ?? null,
    publisher: publisher ?? article?.siteName ?? null,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    published: published ? (toPartialDate(published) ?? toPartialDate(published.slice(0, 10))) : null,
    language: language ? language.replace('_', '-').slice(0, 2).toLowerCase() : (article?.lang ?? null),
    scripts,
    remote,
  };
}
