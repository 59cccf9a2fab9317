/**
 * `@sayswho/core`: the annotated corpus for server code (Next server components, build scripts,
 * the lesson checker). Reads files, so the browser imports `@sayswho/core/quiz` and
 * `@sayswho/core/vocabulary` instead.
 */
export * from './vocabulary';
export type { Diagnostic, Edit, FollowsFrom } from './diagnostics';
export { describeFollowers, emptyFile, formatDiagnostic, hasErrors, listOnce } from './diagnostics';
export { linkFix, linkTarget } from './url-policy';
export type { LinkTarget } from './url-policy';
export type * from './corpus/types';

export { getCorpus, getCorpusDiagnostics, getStory, getArticle } from './corpus/get-corpus';
export { loadCorpus, findCorpusDir } from './corpus/load-corpus';
export type { ParagraphRef, AnnotationOfKind } from './corpus/query-corpus';
export {
  findStory,
  findArticle,
  articlesOfStory,
  findAnnotation,
  annotationsOfKind,
  annotationsInLayer,
  paragraphs,
  blocksInRange,
  textOf,
} from './corpus/query-corpus';
export { anchorQuote, foldForMatching } from './corpus/anchor-quote';
export type { QuoteSelector, AnchorResult } from './corpus/anchor-quote';
export { nulCharacter } from './corpus/read-article';
export { summarizeCorpus } from './corpus/summarize-corpus';
export { closestWord, suggestOneOf } from './corpus/suggest';
export { valueAt } from './corpus/schema-diagnostics';
export { yamlSlips, yamlSyntaxProblems } from './corpus/explain-yaml';
export { isPlaceholder, PLACEHOLDER } from './corpus/corpus-schemas';
export type { YamlProblem } from './corpus/explain-yaml';

export { exportArticle, exportDifferences, VERSION_DIFFERENCE_TAG } from './w3c/export-w3c';
export { importArticle, importDifferences } from './w3c/import-w3c';
export { articleIri, selectorsFor } from './w3c/w3c-terms';
export type { SelectorPair } from './w3c/w3c-terms';
export { selectorForSpan, paragraphOf } from './corpus/select-quote';
export type { PlacedSelector } from './corpus/select-quote';
export {
  putAnnotation,
  putDifference,
  removeAnnotation,
  removeDifference,
} from './corpus/edit-annotation-file';
export { differencesToReview } from './corpus/review-differences';
export type { AnnotationFields } from './corpus/edit-annotation-file';
