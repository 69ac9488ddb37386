// The popup's corpus search: pure, no browser APIs, built once per loaded KB.
export { createSearch } from './search';
export type { Search } from './search';
export { fold } from './normalize';
export type { Hit, HitField, HitKind, HitMatch, SearchFilters, SearchOptions, SearchResults } from './types';
