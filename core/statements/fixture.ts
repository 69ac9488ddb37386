// Test helper: a hand-made actors-stage result, so the statements tests do not depend on the actors
// stage's details. Every alias is found as a whole word, longest first.
import { expect } from 'vitest';
import type { Actor, ActorType, Mention, PreparedText } from '../types';
import type { ActorResult } from '../actors';
import { prepare } from '../text';
import { findStatementsOrThrow } from './index';
import { analyze, analyzeUndecided } from '../engine';

export type ActorSpec = { name: string; type: ActorType; aliases: string[]; roles?: string[] };

/** With `flagModifiers`, a possessive or hyphenated mention is flagged `modifier` ("the NRA's refusal"). */
export function handMadeActors(doc: PreparedText, specs: ActorSpec[], flagModifiers = false): ActorResult {
  const actors: Actor[] = specs.map((a, i) => ({
    id: `a${i}`,
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    roles: a.roles ?? [],
    mentions: 0,
  }));
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  const forms = actors
    .flatMap((a) => a.aliases.map((alias) => ({ a, alias })))
    .sort((x, y) => y.alias.length - x.alias.length);
  for (const { a, alias } of forms) {
    for (let p = doc.norm.indexOf(alias); p >= 0; p = doc.norm.indexOf(alias, p + 1)) {
      if (/\w/.test(doc.norm[p - 1] ?? ' ') || /\w/.test(doc.norm[p + alias.length] ?? ' ')) continue;
      if (taken.has(p)) continue;
      for (let k = p; k < p + alias.length; k++) taken.add(k);
      const after = doc.norm.slice(p + alias.length, p + alias.length + 2);
      const modifier = flagModifiers && (/^'s?|^-/.test(after) || doc.norm[p - 1] === '-');
      mentions.push({
        start: p,
        end: p + alias.length,
        actorId: a.id,
        text: alias,
        sentence: 0,
        ...(modifier ? { modifier } : {}),
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  return { actors, mentions };
}

/** The rule passes alone on `text` with hand-made actors; each statement's text is checked as printed. */
export function runRules(text: string, actors: ActorSpec[] = []) {
  const doc = prepare(text);
  const r = findStatementsOrThrow(doc, handMadeActors(doc, actors));
  for (const s of r.statements) expect(s.text).toBe(text.slice(s.start, s.end));
  return r;
}

/**
 * The statements stage on `text` with hand-made actors whose possessive or hyphenated mentions are
 * flagged `modifier`, as the actors stage flags them.
 */
export function runFlagged(text: string, actors: ActorSpec[] = []) {
  const doc = prepare(text);
  return findStatementsOrThrow(doc, handMadeActors(doc, actors, true));
}

/** A person known by `name` and any shorter `aliases` ("Barack Obama", "Obama"). */
export const person = (name: string, ...aliases: string[]): ActorSpec => ({
  name,
  type: 'person',
  aliases: [name, ...aliases],
});

/** Statements as [kind, speaker, words]. */
export const brief = (r: ReturnType<typeof runRules>) => r.statements.map((s) => [s.kind, s.speaker, s.text]);

/** Who the whole engine's cards give which words to: [speaker, words] for each statement kept. */
export const cardSaid = (text: string) => analyze(text).statements.map((s) => [s.speaker, s.text]);

/**
 * Who the engine whole (real tags and parse) gives which words to, before the cards' threshold: what
 * is tested is who speaks, not how sure the engine is.
 */
export const undecidedSaid = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => [s.speaker, text.slice(s.start, s.end)]);

/** As `undecidedSaid`, one line a statement: "speaker (kind): words" as the card shows them. */
export const undecidedLines = (text: string) =>
  analyzeUndecided(text).result.statements.map((s) => `${s.speaker} (${s.kind}): ${s.text}`);

/**
 * As `undecidedSaid`, and the attributions left without a speaker: [source as printed or "-",
 * words] for each, so a test sees what was read where no one was named.
 */
export const undecidedRead = (text: string) => {
  const { result } = analyzeUndecided(text);
  const words = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    said: result.statements.map((s) => [s.speaker, words(s)]),
    open: result.unresolved.filter((u) => !u.bare).map((u) => [u.source ? words(u.source) : '-', words(u)]),
  };
};
