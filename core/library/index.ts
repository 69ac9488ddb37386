// "Your articles" for the extension's pages and background. kb.ts (which pulls in the engine) is
// left out, so a page that only lists or imports articles stays light; import it where the KB is built.
export {
  ArticleSchema,
  MAX_OUTLET_CHARS,
  MAX_TITLE_CHARS,
  MAX_URL_CHARS,
  USER_ID_PREFIX,
  articleId,
  newArticle,
  textProblem,
} from './article';
export type { Article, ArticleInput, Origin, Result } from './article';
export { add, describe, emptyLibrary, find, list, remove } from './library';
export type { ArticleSummary, Library } from './library';
export {
  describeMerge,
  exportFileName,
  exportLibrary,
  importInto,
  importSizeProblem,
  mergeImport,
  parseImport,
} from './exchange';
export type { ImportResult, MergeResult } from './exchange';
export { FORMAT, FORMAT_VERSION, MAX_LIBRARY_ARTICLES, MAX_LIBRARY_BYTES } from './limits';
export type { LibraryExport } from './limits';
