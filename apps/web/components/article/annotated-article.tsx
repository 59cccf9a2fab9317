/**
 * The annotated-text renderer: an article (or a range of its paragraphs) with its marks drawn in
 * layers, paragraph numbers in the margin, a note for every mark and the credit line. Used by the
 * article reader, by lessons’ <Article>/<Passage> and by the teacher view’s answer key. Renders on
 * the server; only the optional layer switch is a client island.
 */
import { Fragment, useId, type ReactNode } from 'react';
import type { Article, Block } from '@sayswho/core';
import { LAYERS, vocabularyIds, type Layer } from '@sayswho/core/vocabulary';
import { articleText } from '@/lib/ui-text/article';
import {
  buildArticleView,
  type ArticleViewOptions,
  type BlockView,
  type Note,
} from './article-view';
import { LayerLegend } from './layer-legend';
import { LayerSwitch } from './layer-switch';
import { CreditLine } from './credit-line';
import { shortQuote } from './short-quote';

export interface AnnotatedArticleProps extends ArticleViewOptions {
  readonly article: Article;
  /** Layers drawn at first; default every available layer. */
  readonly initialLayers?: readonly Layer[];
  /** Let the reader switch layers on and off (a client island); otherwise a static legend. */
  readonly switchable?: boolean;
  /** The notes explaining each mark: listed open, folded into a disclosure, or left out. */
  readonly notes?: 'open' | 'collapsed' | 'none';
  /** Include teacher notes (teacher view only: students never get them). */
  readonly teacher?: boolean;
  /** Render the headline block as this heading level (e.g. 1 on the reader page). */
  readonly headlineLevel?: 1 | 2 | 3;
  /** Heading level of the notes section. */
  readonly notesLevel?: 2 | 3 | 4;
  /** Shown under the headline, before the layer switch (e.g. the reader’s byline and date). */
  readonly intro?: ReactNode;
}

type Heading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5';

function Marker({ note, prefix, linked }: { note: Note; prefix: string; linked: boolean }) {
  const hidden = (
    <span className="visually-hidden">{articleText.noteRef(LAYERS[note.layer].label)}</span>
  );
  return (
    <sup className={`ref ref--${note.layer}`}>
      {linked ? (
        <a href={`#${prefix}-note-${note.annotationId}`} id={`${prefix}-ref-${note.annotationId}`}>
          {note.code}
          {hidden}
        </a>
      ) : (
        <>
          {note.code}
          {hidden}
        </>
      )}
    </sup>
  );
}

function BlockText({
  view,
  article,
  prefix,
  linked,
}: {
  view: BlockView;
  article: Article;
  prefix: string;
  linked: boolean;
}) {
  return view.pieces.map((piece, i) => {
    if (piece.type === 'anchor')
      return <Marker key={i} note={piece.item} prefix={prefix} linked={linked} />;
    const text = article.text.slice(piece.start, piece.end);
    if (piece.marks.length === 0) return <Fragment key={i}>{text}</Fragment>;
    return (
      <span key={i} className={piece.marks.map((m) => `m m-${m.style}`).join(' ')}>
        {text}
      </span>
    );
  });
}

/** Class names for marks drawn round a whole block. */
function blockClasses(view: BlockView): string {
  return view.blockMarks.map((m) => ` mb mb-${m.style}`).join('');
}

function ParagraphNumber({ block }: { block: Block }) {
  return (
    <span className="para-num">
      <span className="visually-hidden">{articleText.paragraph} </span>
      {block.paragraph}
    </span>
  );
}

/** Groups the summary box’s blocks so they render as one box with a list. */
function groupBlocks(blocks: readonly BlockView[]): (BlockView | BlockView[])[] {
  const groups: (BlockView | BlockView[])[] = [];
  for (const view of blocks) {
    const inBox = view.block.role === 'summary-heading' || view.block.role === 'summary-item';
    const last = groups.at(-1);
    if (inBox && Array.isArray(last) && view.block.role === 'summary-item') last.push(view);
    else groups.push(inBox ? [view] : view);
  }
  return groups;
}

function NotesList({
  notes,
  prefix,
  teacher,
  level,
}: {
  notes: readonly Note[];
  prefix: string;
  teacher: boolean;
  level: number;
}) {
  const layers = vocabularyIds(LAYERS).filter((layer) => notes.some((n) => n.layer === layer));
  const LayerHeading = `h${level + 1}` as Heading;
  return layers.map((layer) => (
    <div key={layer} className={`note-group note-group--${layer}`}>
      <LayerHeading>{LAYERS[layer].label}</LayerHeading>
      <ol className="notes-list">
        {notes
          .filter((n) => n.layer === layer)
          .map((note) => (
            <li key={note.annotationId} id={`${prefix}-note-${note.annotationId}`} className="note">
              <p className="note-head">
                <span className={`note-code ref--${layer}`}>{note.code}</span>{' '}
                <q>{shortQuote(note.quote)}</q> <span className="note-kind">{note.kindLabel}</span>
              </p>
              {note.details.length > 0 && (
                <dl className="note-details">
                  {note.details.map((d) => (
                    <div key={d.label}>
                      <dt>{d.label}</dt>
                      <dd>{d.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <p>{note.explanation}</p>
              {note.borderline && <p className="note-borderline">{articleText.borderline}</p>}
              {teacher && note.teacherNote && (
                <p className="note-teacher">
                  <strong>{articleText.teacherNote}:</strong> {note.teacherNote}
                </p>
              )}
              <p className="note-back">
                <a href={`#${prefix}-ref-${note.annotationId}`}>
                  {articleText.backToText(note.code)}
                </a>
              </p>
            </li>
          ))}
      </ol>
    </div>
  ));
}

export function AnnotatedArticle({
  article,
  initialLayers,
  switchable = true,
  notes = 'open',
  teacher = false,
  headlineLevel = 2,
  notesLevel = 2,
  intro,
  ...options
}: AnnotatedArticleProps) {
  const prefix = `${article.id}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const view = buildArticleView(article, options);
  const available = view.layers.filter((l) => l.count > 0);
  const initial = initialLayers ?? available.map((l) => l.layer);
  const linked = notes !== 'none';
  const Headline = `h${headlineLevel}` as Heading;
  const NotesHeading = `h${notesLevel}` as Heading;

  const headline = view.blocks.find((b) => b.block.role === 'headline');
  const header =
    headline || intro ? (
      <header className="article-header">
        {headline && (
          <Headline className={`article-headline${blockClasses(headline)}`}>
            <BlockText view={headline} article={article} prefix={prefix} linked={linked} />
          </Headline>
        )}
        {intro}
      </header>
    ) : null;

  const text = (
    <div className="article-text">
      {groupBlocks(view.blocks.filter((b) => b !== headline)).map((group) => {
        if (Array.isArray(group)) {
          const heading = group[0]!.block.role === 'summary-heading' ? group[0]! : null;
          return (
            <aside
              key={group[0]!.block.index}
              className={`summary-box${blockClasses(group[0]!)}`}
              aria-label={articleText.summaryBox}
            >
              {heading && (
                <p className="summary-heading">
                  <BlockText view={heading} article={article} prefix={prefix} linked={linked} />
                </p>
              )}
              <ul>
                {(heading ? group.slice(1) : group).map((item) => (
                  <li key={item.block.index}>
                    <BlockText view={item} article={article} prefix={prefix} linked={linked} />
                  </li>
                ))}
              </ul>
            </aside>
          );
        }
        return (
          <p
            key={group.block.index}
            className={`block block--${group.block.role}${blockClasses(group)}`}
          >
            <ParagraphNumber block={group.block} />
            <BlockText view={group} article={article} prefix={prefix} linked={linked} />
          </p>
        );
      })}
    </div>
  );

  const notesSection: ReactNode =
    linked && view.notes.length > 0 ? (
      notes === 'collapsed' ? (
        <details className="notes">
          <summary>
            {articleText.notesHeading} ({view.notes.length})
          </summary>
          <NotesList notes={view.notes} prefix={prefix} teacher={teacher} level={notesLevel} />
        </details>
      ) : (
        <section className="notes" aria-labelledby={`${prefix}-notes`}>
          <NotesHeading id={`${prefix}-notes`}>{articleText.notesHeading}</NotesHeading>
          <NotesList notes={view.notes} prefix={prefix} teacher={teacher} level={notesLevel} />
        </section>
      )
    ) : null;

  const body = (
    <>
      {text}
      <CreditLine article={article} />
      {notesSection}
    </>
  );

  if (switchable && available.length > 0) {
    return (
      <div className="annotated-article">
        <LayerSwitch layers={available} initial={initial} idPrefix={prefix} header={header}>
          {body}
        </LayerSwitch>
      </div>
    );
  }
  return (
    <div className="annotated-article">
      <div className="annotated" data-layers={initial.join(' ')}>
        {header}
        {available.length > 0 && (
          <LayerLegend layers={available.filter((l) => initial.includes(l.layer))} />
        )}
        {body}
      </div>
    </div>
  );
}
