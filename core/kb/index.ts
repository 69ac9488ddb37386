// What the extension imports: the KB's types, its checks and the lookups. The build (build.ts) is
// left out so the engine does not ride along into the UI bundle.
export { KB_VERSION, KbError, KbSchema, parseKb, checkReferences } from './schema';
export type { Kb, KbActor, KbSource, KbSpan, KbStatement } from './schema';
export { indexKb, loadKb } from './load';
export type { AnonymousSpeaker, KbIndex } from './load';
