import type { Actor, Mention, PreparedText, Span, Statement, StatementKind } from '../types';
import { sentenceAt } from '../text';
import { aboutOf } from './about';
import type { Entity } from './sources/entities';
import type { FoundAttribution } from './spans';
import { topicsOf } from './topics';

/**
 * The words of a statement as the rules read them: one stretch of text, or, for an attribution
 * printed inside its own content ("The museum, Mr. Bush said, celebrated…"), the stretch from the
 * first part to the last with the parts apart (the card shows the passage as printed).
 */
export interface Clause extends Span {
  parts?: Span[];
}

const partsOf = (span: Clause) =>
  span.parts && span.parts.length > 1
    ? { content: span.parts.map((p) => ({ start: p.start, end: p.end })) }
    : {};

/** Collects statements and the unnamed sources they use, one per name. */
export class Collector {
  readonly statements: Statement[] = [];
  /** Statements taken back (a clause that is all quote); kept out of every later look-up. */
  readonly removed = new Set<Statement>();
  /** Attributions whose source is printed but could not be resolved: never statements. */
  readonly unresolved: FoundAttribution[] = [];
  private readonly keys = new Set<string>();
  private readonly unnamed = new Map<string, Actor>();
  private readonly byId: Map<string, Actor>;
  private readonly mentions: Mention[];

  constructor(
    private readonly doc: PreparedText,
    actors: Actor[],
    mentions: Mention[],
  ) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
  }

  add(speaker: Entity, kind: StatementKind, span: Clause, cue?: Span): Statement | undefined {
    const { text } = this.doc;
    const t = text.slice(span.start, span.end);
    if (!/[A-Za-z0-9\u00C0-\uFFFF]/.test(t)) return undefined;
    const key = `${span.start}:${span.end}:${kind}:${speaker.name}`;
    if (this.keys.has(key)) return undefined;
    this.keys.add(key);
    const first = sentenceAt(this.doc.sentences, span.start);
    const last = sentenceAt(this.doc.sentences, Math.max(span.start, span.end - 1));
    const id = speaker.id ?? this.unnamedActor(speaker).id;
    const st: Statement = {
      speaker: speaker.name,
      speakerId: id,
      speakerType: speaker.speakerType,
      kind,
      text: t,
      start: span.start,
      end: span.end,
      sentence: { start: first?.start ?? span.start, end: last?.end ?? span.end },
      ...(speaker.end > speaker.start ? { source: { start: speaker.start, end: speaker.end } } : {}),
      ...(cue ? { cue: { start: cue.start, end: cue.end } } : {}),
      ...partsOf(span),
      about: aboutOf(this.mentions, this.byId, span.start, span.end),
      topics: topicsOf(t),
    };
    this.statements.push(st);
    return st;
  }

  /** An attribution whose source ("he", "they") the text does not make clear enough to name. */
  note(kind: StatementKind, source: Span, span: Clause, cue?: Span): void {
    if (source.end <= source.start || !/[A-Za-z0-9]/.test(this.doc.text.slice(span.start, span.end))) return;
    // A lone article is no source ("The report prompted…" read "The" as a name).
    if (/^(?:the|a|an|this|that|these|those)$/i.test(this.doc.text.slice(source.start, source.end))) return;
    this.unresolved.push({
      kind,
      start: span.start,
      end: span.end,
      source: { start: source.start, end: source.end },
      ...(cue ? { cue: { start: cue.start, end: cue.end } } : {}),
      ...partsOf(span),
    });
  }

  /**
   * Ends a statement's words earlier (what the reporter adds after them is not the speaker's), with
   * the names and topics of what is left.
   */
  narrow(st: Statement, end: number): void {
    if (end <= st.start || end >= st.end) return;
    const t = this.doc.text.slice(st.start, end);
    if (!/[A-Za-z0-9\u00C0-\uFFFF]/.test(t)) return;
    st.end = end;
    st.text = t;
    const last = sentenceAt(this.doc.sentences, Math.max(st.start, end - 1));
    st.sentence = { start: st.sentence.start, end: last?.end ?? end };
    st.about = aboutOf(this.mentions, this.byId, st.start, end);
    st.topics = topicsOf(t);
  }

  remove(st: Statement): void {
    const i = this.statements.lastIndexOf(st);
    if (i >= 0) this.statements.splice(i, 1);
    this.removed.add(st);
  }

  private unnamedActor(e: Entity): Actor {
    let a = this.unnamed.get(e.name);
    if (!a) {
      a = {
        id: `unnamed:${e.name}`,
        name: e.name,
        type: e.type === 'term' ? 'group' : e.type,
        aliases: [],
        roles: [],
        mentions: 0,
      };
      this.unnamed.set(e.name, a);
    }
    const surface = this.doc.text.slice(e.start, e.end);
    if (surface && !a.aliases.includes(surface) && !/^(he|she|they|we|i)$/i.test(surface))
      a.aliases.push(surface);
    a.mentions++;
    return a;
  }

  actors(): Actor[] {
    return [...this.unnamed.values()];
  }
}
