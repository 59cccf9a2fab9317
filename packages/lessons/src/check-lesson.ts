/**
 * Checks one lesson: parses it (never evaluates it), validates the frontmatter, walks the tree
 * against the component table, resolves every corpus id, and builds each exercise's public and
 * key parts. Every problem becomes a located Diagnostic, and is also attached to the part of the
 * tree it breaks so the page can show it in place.
 */
import { createHash } from 'node:crypto';
import {
  ANNOTATION_KINDS,
  ATTRIBUTION_ROLES,
  CLAIM_STATUSES,
  closestWord,
  DIFFERENCE_KINDS,
  emptyFile,
  LAYERS,
  linkFix,
  linkTarget,
  nulCharacter,
  SOURCE_TYPES,
  type Article,
  type Corpus,
  type Diagnostic,
  type Edit,
  type FollowsFrom,
  type Layer,
  type LeftOut,
  type SourceType,
  type Story,
} from '@sayswho/core';
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { buildExercise, type Problem, type UnboundPublic } from './build-exercise';
import {
  COMPONENT_NAMES,
  componentSpec,
  type ComponentName,
  type Reference,
} from './component-spec';
import type { ExerciseKey, ExercisePublic, ExerciseSpec } from './exercise-spec';
import { parseFrontmatter, type LessonFrontmatter } from './frontmatter';
import type { ComponentData, ComponentNode } from './lesson-tree';
import { isCommentOnly, literalOfProgram, type LiteralValue } from './literal-value';
import { markdownToHtml } from './markdown-html';
import { meantValue, writeProp } from './meant-value';
import { parseLesson } from './parse-lesson';
import { articleDisplay, paragraphRangeProblem } from './passage-view';

export interface LessonLink {
  readonly slug: string;
  readonly line: number;
  readonly column: number;
}

export interface CheckedLesson {
  readonly slug: string;
  /** Relative to the repository root, e.g. `lessons/who-says-so.mdx`. */
  readonly file: string;
  readonly frontmatter: LessonFrontmatter | null;
  /** Null when the file is not valid MDX; otherwise the tree with ComponentData on components. */
  readonly tree: Root | null;
  readonly exercises: readonly ExerciseSpec[];
  /** Changes whenever an exercise or its key changes, so stored progress for an old key is dropped. */
  readonly fingerprint: string;
  /** Links to other lessons (`/lessons/<slug>/`), checked once every lesson is known. */
  readonly links: readonly LessonLink[];
  readonly diagnostics: readonly Diagnostic[];
}

const VOCABULARIES: Partial<Record<Reference, Record<string, unknown>>> = {
  layer: LAYERS,
  kind: ANNOTATION_KINDS,
  sourceType: SOURCE_TYPES,
  status: CLAIM_STATUSES,
  role: { ...ATTRIBUTION_ROLES, relation: null },
  mode: { spot: null, kind: null },
  differenceKind: DIFFERENCE_KINDS,
};

const REFERENCE_NAMES: Record<Reference, string> = {
  article: 'article',
  story: 'story',
  annotation: 'annotation',
  difference: 'difference',
  layer: 'layer',
  kind: 'annotation kind',
  sourceType: 'source type',
  status: 'claim status',
  role: 'role',
  mode: 'mode',
  differenceKind: 'difference kind',
};

const LESSON_LINK = /^\/lessons\/([^/?#]+)\/?(?:teacher\/?)?(?:[?#].*)?$/;

export function checkLesson(
  source: string,
  options: { file: string; slug: string; corpus: Corpus },
): CheckedLesson {
  const { file, slug, corpus } = options;
  const diagnostics: Diagnostic[] = [];
  const links: LessonLink[] = [];
  const exercises: { spec: Omit<ExerciseSpec, 'public'> & { public: UnboundPublic } }[] = [];
  const exerciseIds = new Map<string, number>();
  const usedArticles = new Map<string, ComponentNode>();
  let unresolvedReference = false;

  function articlesUsedBy(props: Record<string, LiteralValue>): string[] {
    if (typeof props.article === 'string' && corpus.articles.some((a) => a.id === props.article))
      return [props.article];
    if (typeof props.story === 'string')
      return [...(corpus.stories.find((st) => st.id === props.story)?.articleIds ?? [])];
    return [];
  }

  const leftOut = corpus.leftOut ?? [];
  const leftOutOf = (what: LeftOut['what'], id: string) =>
    leftOut.find((l) => l.what === what && l.id === id);
  /** What an exercise on this article or story waits for, when the loader left part of it out. */
  function waitsFor(props: Record<string, LiteralValue>): LeftOut | undefined {
    const article = typeof props.article === 'string' ? props.article : null;
    const story = typeof props.story === 'string' ? props.story : null;
    const storyArticles = story
      ? leftOut.filter((l) => l.what === 'article' && l.in === story).map((l) => l.id)
      : [];
    const within = [
      ...(article ? [article] : []),
      ...(corpus.stories.find((st) => st.id === story)?.articleIds ?? []),
    ];
    return (
      leftOut.find(
        (l) => l.what === 'article' && (l.id === article || storyArticles.includes(l.id)),
      ) ??
      leftOut.find((l) => l.what === 'annotation' && within.includes(l.in ?? '')) ??
      leftOut.find((l) => l.what === 'difference' && l.in === story)
    );
  }
  const at = (cause: Diagnostic) => `${cause.file}${cause.line > 0 ? `:${cause.line}` : ''}`;
  /** "… is left out until the mistake at file:line is fixed": the lesson is not the one to change. */
  const leftOutNote = (cause: Diagnostic) =>
    `is left out until the mistake at ${at(cause)} is fixed`;
  const WAIT_FIX =
    'fix that mistake first (npm run check and the top of the preview list it); this part is checked again then';

  // Every id the lesson writes, so a suggested id is never one already taken.
  const idsInSource = new Set([...source.matchAll(/\bid="([^"]*)"/g)].map((m) => m[1]!));

  const nul = nulCharacter(source, file);
  if (nul) diagnostics.push(nul);
  const parsed = parseLesson(source, file);
  diagnostics.push(...parsed.diagnostics);
  const tree = parsed.tree;
  let frontmatter: LessonFrontmatter | null = null;

  if (tree) {
    const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
    if (!source.trim()) {
      diagnostics.push(
        emptyFile(
          file,
          'write the lesson in it, or start again from the template: npm run new -- lesson "Title"',
        ),
      );
    } else if (!yaml) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        message: 'the lesson has no frontmatter',
        fix: 'start the file with a `---` line, the title, summary, skills, level, minutes and order, and another `---` line (see docs/authoring-guide.md)',
      });
    } else {
      const firstLine = (yaml.position?.start.line ?? 1) + 1;
      const result = parseFrontmatter(
        yaml.value,
        file,
        firstLine,
        source
          .split('\n')
          .slice(0, firstLine - 1)
          .join('\n').length + 1,
      );
      frontmatter = result.frontmatter;
      diagnostics.push(...result.diagnostics);
      for (const id of frontmatter?.articles ?? []) {
        const waiting = leftOutOf('article', id);
        if (waiting && !corpus.articles.some((a) => a.id === id)) {
          diagnostics.push({
            file,
            ...lineOf(source, id, yaml.position?.start.line ?? 1),
            severity: 'error',
            message: `the frontmatter's \`articles\` names "${id}", which ${leftOutNote(waiting.cause)}`,
            fix: WAIT_FIX,
            followsFrom: { cause: waiting.cause, what: 'article' },
          });
        } else if (!corpus.articles.some((a) => a.id === id)) {
          const guess = closestWord(
            id,
            corpus.articles.map((a) => a.id),
          );
          diagnostics.push({
            file,
            ...lineOf(source, id, yaml.position?.start.line ?? 1),
            severity: 'error',
            message: `the frontmatter's \`articles\` names "${id}" — no such article`,
            fix: guess ? `did you mean "${guess}"?` : 'use an article id from packages/core/corpus',
          });
        }
      }
    }
    walk(tree, 'lesson');
    if (frontmatter) checkArticlesListed(frontmatter, yaml?.position?.start.line ?? 1);
  }

  /**
   * The frontmatter's `articles` is what the lesson list shows and what offline mode saves with the
   * lesson, so every article an exercise or passage uses must be listed there.
   */
  function checkArticlesListed(fm: LessonFrontmatter, frontmatterLine: number): void {
    const listed = new Set(fm.articles ?? []);
    // A misspelt id in `articles:` is already reported with its did-you-mean; one message is enough.
    if ([...listed].some((id) => !corpus.articles.some((a) => a.id === id))) return;
    for (const [id, node] of usedArticles) {
      if (!listed.has(id)) {
        report(
          node,
          attributeNode(node, 'article') ?? attributeNode(node, 'story') ?? node,
          `<${node.name}> uses the article "${id}", but the frontmatter's \`articles\` does not list it`,
          `add ${id} to the \`articles:\` line at the top of the lesson`,
        );
      }
    }
    // An article an unknown story or article id was meant to use is not unused: that id is the mistake.
    if (unresolvedReference) return;
    for (const id of listed) {
      if (corpus.articles.some((a) => a.id === id) && !usedArticles.has(id)) {
        diagnostics.push({
          file,
          ...lineOf(source, id, frontmatterLine),
          severity: 'warning',
          message: `the frontmatter's \`articles\` lists "${id}", but nothing in the lesson uses it`,
          fix: `remove it from \`articles:\`, or use it in an <Article>, <Passage> or exercise`,
        });
      }
    }
  }

  function where(
    node: { position?: { start: { line: number; column: number } } } | null | undefined,
  ) {
    return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
  }

  /** Reports a problem, located at `at`, and attaches it to `holder` so the page shows it there. */
  function report(
    holder: Nodes,
    at: Parameters<typeof where>[0],
    message: string,
    fix?: string,
    followsFrom?: FollowsFrom,
    edit?: Edit,
  ): void {
    const d: Diagnostic = {
      file,
      ...where(at),
      severity: 'error',
      message,
      ...(fix ? { fix } : {}),
      ...(edit ? { edit } : {}),
      ...(followsFrom ? { followsFrom } : {}),
    };
    diagnostics.push(d);
    const data = (holder.data ??= {}) as { sayswho?: ComponentData; problems?: Diagnostic[] };
    (data.sayswho?.problems ?? (data.problems ??= [])).push(d);
  }

  function walk(parent: Parent, context: string): void {
    for (const node of parent.children) visit(node, context, parent);
  }

  function visit(node: RootContent, context: string, parent: Parent): void {
    switch (node.type) {
      case 'yaml':
        return;
      case 'mdxjsEsm':
        return report(
          node,
          node,
          '`import` and `export` are not allowed in a lesson',
          'lessons are content, not code: remove this line; the kit’s components (Spot, Choice, …) need no import',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isCommentOnly(node.data?.estree ?? undefined)) return;
        return report(
          node,
          node,
          `\`{${node.value.trim()}}\` is JavaScript, which a lesson may not contain`,
          'lessons are content, not code: write the text itself, or a comment as {/* … */}; to show a brace, write \\{',
        );
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkComponent(node, context);
      case 'link':
      case 'definition': // the target of every [text][name] link that uses it
        checkLink(node.url, node);
        break;
      case 'image':
      case 'imageReference':
        return report(
          node,
          node,
          `![${node.alt ?? ''}] is an image, and a lesson cannot show images`,
          "every student's browser would fetch it, and the kit keeps no image files for lessons: describe what it shows in words, or link to the page that shows it: [the photo](https://…)",
        );
      default:
        break;
    }
    if (context !== 'lesson') {
      const spec = componentSpec(context);
      if (spec && !spec.markdown && !(node.type === 'text' && !node.value.trim())) {
        report(
          parent as Nodes,
          node,
          `<${context}> takes no text inside it`,
          `write it self-closing, e.g. <${context} … />, and put the text outside`,
        );
        return;
      }
    }
    if ('children' in node) walk(node, context);
  }

  function checkLink(url: string, node: Nodes): void {
    if (linkTarget(url) === null)
      return report(
        node,
        node,
        `the link ${JSON.stringify(url)} goes neither to an https:// page nor to a page of the kit`,
        linkFix(url),
      );
    const lesson = LESSON_LINK.exec(url);
    if (lesson?.[1]) links.push({ slug: lesson[1], ...where(node) });
  }

  function checkComponent(node: ComponentNode, context: string): void {
    const name = node.name;
    if (!name)
      return report(
        node,
        node,
        'an empty tag `<>` is not a component',
        'remove the `<>` and `</>` around this text',
      );
    const spec = componentSpec(name);
    if (!spec) {
      const guess = closestWord(name, COMPONENT_NAMES);
      const html = /^[a-z]/.test(name);
      return report(
        node,
        node,
        `<${name}> — unknown component`,
        guess
          ? `did you mean <${guess}>?`
          : html
            ? 'write Markdown instead of HTML (**bold**, *italic*, [a link](https://…))'
            : `the components are: ${COMPONENT_NAMES.join(', ')}`,
      );
    }
    const data: ComponentData = { component: name as ComponentName, props: {}, problems: [] };
    node.data = { ...node.data, sayswho: data } as never;
    const before = diagnostics.length;

    if (!spec.parents.includes(context)) {
      const places = spec.parents
        .map((p) => (p === 'lesson' ? 'the lesson itself' : `<${p}>`))
        .join(' or ');
      report(
        node,
        node,
        `<${name}> cannot go ${context === 'lesson' ? 'at the top level of the lesson' : `inside <${context}>`}`,
        `put it inside ${places}`,
      );
    }
    const { props, meant } = readProps(node, name, data);
    for (const id of articlesUsedBy(props)) if (!usedArticles.has(id)) usedArticles.set(id, node);
    for (const required of spec.required) {
      if (
        !(required in props) &&
        !meant.has(required) &&
        !node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === required)
      ) {
        const value = requiredValue(required, name, props);
        const insertAt = (node.position?.start.offset ?? 0) + 1 + name.length;
        report(
          node,
          node,
          `<${name}> is missing the required prop \`${required}\``,
          `add ${value === undefined ? (spec.props[required]?.example ?? `${required}="…"`) : writeProp(required, value)}`,
          undefined,
          value === undefined || node.position?.start.offset === undefined
            ? undefined
            : { offset: insertAt, length: 0, text: ` ${writeProp(required, value)}` },
        );
      }
    }
    walk(node, name);

    if (spec.exercise) {
      const id = typeof props.id === 'string' ? props.id : null;
      if (id) {
        const firstLine = exerciseIds.get(id);
        if (firstLine !== undefined)
          report(
            node,
            node,
            `<${name} id="${id}"> — another exercise in this lesson has the id "${id}" (line ${firstLine})`,
            'give every exercise its own id',
          );
        else exerciseIds.set(id, where(node).line);
      }
      const problems = diagnostics.slice(before);
      // An exercise with a broken part is shown as its errors, not as a half-working exercise.
      for (const d of problems) if (!data.problems.includes(d)) data.problems.push(d);
      if (problems.length === 0 && id) buildFrom(node, data, spec.exercise, id, props);
    } else if ((name === 'Article' || name === 'Passage') && diagnostics.length === before) {
      const article = corpus.articles.find((a) => a.id === props.article);
      const paragraphs = props.paragraphs as [number, number] | undefined;
      const display =
        article &&
        articleDisplay(article, {
          paragraphs,
          headline: props.headline === true,
          summary: props.summary === true,
          layers: props.layers as Layer[] | undefined,
        });
      const badRange = article && paragraphRangeProblem(article, paragraphs);
      if (badRange)
        report(
          node,
          attributeNode(node, 'paragraphs') ?? node,
          `<${name}> — ${badRange.message}`,
          badRange.fix,
        );
      else if (display) data.display = display;
    }
  }

  function attributeNode(node: ComponentNode, prop: string): MdxJsxAttribute | undefined {
    return node.attributes.find(
      (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === prop,
    );
  }

  /**
   * The props that are right, and the names of those the teacher wrote in another form (a fix is
   * given for each), so they are not reported missing as well.
   */
  function readProps(
    node: ComponentNode,
    name: string,
    data: ComponentData,
  ): { props: Record<string, LiteralValue>; meant: Set<string> } {
    const spec = componentSpec(name)!;
    const props: Record<string, LiteralValue> = {};
    const meant = new Set<string>();
    for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        report(
          node,
          attribute,
          `<${name}> — \`{${attribute.value}}\` is JavaScript, which a lesson may not contain`,
          'write each prop out, e.g. article="ap-landmines-latimes"',
        );
        continue;
      }
      const propSpec = spec.props[attribute.name];
      if (!propSpec) {
        const known = Object.keys(spec.props);
        const guess = closestWord(attribute.name, known);
        const written = guess ? literalOf(attribute) : undefined;
        const fits =
          guess && written !== undefined
            ? spec.props[guess]!.schema.safeParse(written).success
              ? written
              : meantValue(guess, written, spec.props[guess]!.schema)
            : undefined;
        if (guess && fits !== undefined) meant.add(guess);
        report(
          node,
          attribute,
          `<${name}> has no prop \`${attribute.name}\``,
          guess
            ? fits !== undefined
              ? `write ${writeProp(guess, fits)}`
              : `did you mean \`${guess}\`? Write it like ${spec.props[guess]!.example}`
            : known.length
              ? `its props are: ${known.join(', ')}`
              : `<${name}> takes no props`,
          undefined,
          guess && fits !== undefined
            ? replaceAttribute(attribute, writeProp(guess, fits))
            : undefined,
        );
        continue;
      }
      let value: LiteralValue | undefined;
      if (attribute.value === null || attribute.value === undefined) value = true;
      else if (typeof attribute.value === 'string') value = attribute.value;
      else {
        const program = attribute.value.data?.estree;
        const result = program
          ? literalOfProgram(program)
          : { ok: false as const, offending: 'an expression', line: null, column: null };
        if (!result.ok) {
          const at = result.line
            ? { position: { start: { line: result.line, column: result.column ?? 1 } } }
            : attribute;
          report(
            node,
            at,
            `<${name} ${attribute.name}={${attribute.value.value}}> — ${result.offending} is JavaScript; a prop must be a literal value`,
            `lessons are content, not code: write it like ${propSpec.example}`,
          );
          continue;
        }
        value = result.value;
      }
      if (value === undefined) continue;
      // `multiple` or `headline` written as a string is a common slip; "false" would otherwise mean true.
      const parsed = propSpec.schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const why = issue?.code === 'custom' ? `${issue.message}; ` : '';
        const fits = meantValue(attribute.name, value, propSpec.schema);
        report(
          node,
          attribute,
          `<${name}> — \`${attribute.name}\` must be written like ${fits !== undefined ? writeProp(attribute.name, fits) : propSpec.example}, not ${show(value)}`,
          `${why}write ${fits !== undefined ? writeProp(attribute.name, fits) : propSpec.example}`,
          undefined,
          fits !== undefined
            ? replaceAttribute(attribute, writeProp(attribute.name, fits))
            : undefined,
        );
        if (fits !== undefined) meant.add(attribute.name);
        continue;
      }
      if (propSpec.references && !checkReference(node, attribute, name, propSpec.references, value))
        continue;
      props[attribute.name] = value;
    }
    Object.assign(data.props, props);
    return { props, meant };
  }

  /** The value a missing required prop could take that passes the check here. */
  function requiredValue(
    prop: string,
    component: string,
    props: Record<string, LiteralValue>,
  ): LiteralValue | undefined {
    const article = corpus.articles.find((a) => a.id === props.article);
    const listed = frontmatter?.articles?.find((id) => corpus.articles.some((a) => a.id === id));
    switch (prop) {
      case 'id': {
        const base = componentSpec(component)!.props.id!.example.replace(/^id="|"$/g, '');
        for (let n = 1; ; n++) {
          const id = n === 1 ? base : `${base}-${n}`;
          if (!idsInSource.has(id)) return id;
        }
      }
      case 'article':
        return listed;
      case 'paragraphs': {
        const count = article?.blocks.filter((b) => b.paragraph !== null).length;
        return count ? [1, Math.min(6, count)] : undefined;
      }
      case 'annotations': {
        const loaded = article?.annotations.find((a) => a.kind === 'loaded-wording');
        return loaded ? [loaded.id] : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The value of an attribute as written, if it is a literal. */
  function literalOf(attribute: MdxJsxAttribute): LiteralValue | undefined {
    if (attribute.value === null || attribute.value === undefined) return true;
    if (typeof attribute.value === 'string') return attribute.value;
    const program = attribute.value.data?.estree;
    const result = program ? literalOfProgram(program) : null;
    return result?.ok ? result.value : undefined;
  }

  /** Replaces the first `find` inside the attribute's source (one id of a list, say). */
  function replaceWithin(attribute: MdxJsxAttribute, find: string, text: string): Edit | undefined {
    const start = attribute.position?.start.offset;
    const end = attribute.position?.end.offset;
    const at = start === undefined ? -1 : source.slice(start, end).indexOf(find);
    return at === -1 ? undefined : { offset: start! + at, length: find.length, text };
  }

  function replaceAttribute(attribute: MdxJsxAttribute, text: string): Edit | undefined {
    const start = attribute.position?.start.offset;
    const end = attribute.position?.end.offset;
    return start === undefined || end === undefined
      ? undefined
      : { offset: start, length: end - start, text };
  }

  function checkReference(
    node: ComponentNode,
    attribute: MdxJsxAttribute,
    name: string,
    reference: Reference,
    value: LiteralValue,
  ): boolean {
    const known = knownIds(reference);
    if (!known) return true; // annotation and difference ids depend on the article or story; checked when the exercise is built
    const values = Array.isArray(value) ? value : [value];
    let ok = true;
    for (const v of values) {
      if (typeof v !== 'string' || known.includes(v)) continue;
      ok = false;
      const shown = Array.isArray(value)
        ? `${attribute.name}={[…"${v}"…]}`
        : `${attribute.name}="${v}"`;
      const waiting =
        reference === 'article' || reference === 'story' ? leftOutOf(reference, v) : undefined;
      if (waiting) {
        report(
          node,
          attribute,
          `<${name} ${shown}> — this ${REFERENCE_NAMES[reference]} ${leftOutNote(waiting.cause)}`,
          WAIT_FIX,
          { cause: waiting.cause, what: reference as FollowsFrom['what'] },
        );
        continue;
      }
      if (reference === 'article' || reference === 'story') unresolvedReference = true;
      const guess = closestWord(v, known);
      const fix = guess ? `did you mean "${guess}"?` : `use one of: ${known.join(', ')}`;
      report(
        node,
        attribute,
        `<${name} ${shown}> — no such ${REFERENCE_NAMES[reference]}`,
        fix,
        undefined,
        guess ? replaceWithin(attribute, `"${v}"`, `"${guess}"`) : undefined,
      );
    }
    return ok;
  }

  function knownIds(reference: Reference): string[] | null {
    if (reference === 'article') return corpus.articles.map((a) => a.id);
    if (reference === 'story') return corpus.stories.map((s) => s.id);
    const vocabulary = VOCABULARIES[reference];
    return vocabulary ? Object.keys(vocabulary) : null;
  }

  function buildFrom(
    node: ComponentNode,
    data: ComponentData,
    type: ExerciseSpec['type'],
    id: string,
    props: Record<string, LiteralValue>,
  ): void {
    const prompt: RootContent[] = [];
    const hints: string[] = [];
    let explanation: string | null = null;
    const options: { html: string; correct: boolean; feedback: string }[] = [];
    const categories: SourceType[] = [];
    for (const child of liftParts(node.children as RootContent[])) {
      const childData = (child.data as { sayswho?: ComponentData } | undefined)?.sayswho;
      if (childData?.component === 'Hint')
        hints.push(markdownToHtml((child as Parent).children as Nodes[]));
      else if (childData?.component === 'Explanation') {
        if (explanation !== null)
          return report(
            node,
            child,
            `<${data.component} id="${id}"> has two <Explanation>s`,
            'merge them into one',
          );
        explanation = markdownToHtml((child as Parent).children as Nodes[]);
      } else if (childData?.component === 'Option') {
        options.push({
          html: markdownToHtml((child as Parent).children as Nodes[]),
          correct: childData.props.correct === true,
          feedback: typeof childData.props.feedback === 'string' ? childData.props.feedback : '',
        });
      } else if (childData?.component === 'Category')
        categories.push(childData.props.sourceType as SourceType);
      else prompt.push(child);
    }
    const article: Article | undefined =
      typeof props.article === 'string'
        ? corpus.articles.find((a) => a.id === props.article)
        : undefined;
    const story: Story | undefined =
      typeof props.story === 'string'
        ? corpus.stories.find((s) => s.id === props.story)
        : undefined;
    let built;
    try {
      built = buildExercise({
        type,
        id,
        props,
        corpus,
        keyUrl: keyUrl(slug, id),
        ...(article ? { article } : {}),
        ...(story ? { story } : {}),
        promptHtml: markdownToHtml(prompt as Nodes[]),
        hintsHtml: hints,
        explanationHtml: explanation,
        options,
        categories,
        ...(frontmatter?.passMark ? { lessonPassMark: frontmatter.passMark } : {}),
      });
    } catch (caught) {
      built = {
        ok: false as const,
        problems: [
          {
            message: `this exercise could not be built: ${(caught as Error).message}`,
          } satisfies Problem,
        ],
      };
    }
    if (!built.ok) {
      // A problem with what the corpus holds may only follow from a corpus mistake: count it there.
      const waiting = waitsFor(props);
      for (const p of built.problems) {
        const cause = (p.annotation && leftOutOf('annotation', p.annotation)) || waiting;
        const attribute = p.prop ? attributeNode(node, p.prop) : undefined;
        report(
          node,
          attribute || node,
          `<${data.component} id="${id}"> — ${p.message}`,
          cause
            ? `it may only follow from the mistake at ${at(cause.cause)}, which leaves part of the corpus out: ${WAIT_FIX}`
            : p.fix,
          cause ? { cause: cause.cause, what: cause.what } : undefined,
          !cause && attribute && p.replace
            ? replaceWithin(attribute, `"${p.replace.from}"`, `"${p.replace.to}"`)
            : undefined,
        );
      }
      return;
    }
    data.exerciseId = id;
    exercises.push({ spec: { id, type, public: built.public, key: built.key } });
  }

  const fingerprint = createHash('sha256')
    .update(JSON.stringify(exercises.map(({ spec }) => [spec.id, spec.type, spec.key])))
    .digest('hex')
    .slice(0, 16);
  return {
    slug,
    file,
    frontmatter,
    tree,
    exercises: exercises.map(({ spec }) => ({
      ...spec,
      public: { ...spec.public, lesson: { slug, fingerprint } } as ExercisePublic,
      key: spec.key as ExerciseKey,
    })),
    fingerprint,
    links,
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

const PARTS = new Set(['Hint', 'Explanation', 'Option', 'Category']);

/**
 * An exercise's parts written on consecutive lines (`<Option …>a</Option>` then `<Option …>b</Option>`)
 * are parsed as one paragraph of inline elements; lift them out so each part counts on its own.
 */
function liftParts(children: readonly RootContent[]): RootContent[] {
  return children.flatMap((child) => {
    if (child.type !== 'paragraph') return [child];
    const isPart = (n: Nodes) => n.type === 'mdxJsxTextElement' && PARTS.has(n.name ?? '');
    if (!child.children.some(isPart)) return [child];
    const rest = child.children.filter((n) => !isPart(n));
    const lifted = child.children.filter(isPart) as RootContent[];
    const text = rest.some((n) => n.type !== 'text' || n.value.trim() !== '');
    return text ? [{ ...child, children: rest }, ...lifted] : lifted;
  });
}

export function keyUrl(slug: string, exerciseId: string): string {
  return `/keys/${slug}/${exerciseId}.json`;
}

/** Where `text` first appears in the source from line `from` on (for values inside the frontmatter). */
function lineOf(source: string, text: string, from: number): { line: number; column: number } {
  const lines = source.split('\n');
  for (let i = from - 1; i < lines.length; i++) {
    const column = lines[i]!.indexOf(text);
    if (column !== -1) return { line: i + 1, column: column + 1 };
  }
  return { line: from, column: 1 };
}

function show(value: LiteralValue): string {
  return typeof value === 'string'
    ? `"${value}"`
    : Array.isArray(value) || typeof value === 'object'
      ? JSON.stringify(value).replace(/,/g, ', ')
      : `{${String(value)}}`;
}
