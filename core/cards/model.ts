// The card model: what a card shows, as plain serialisable data. Built in the background by
// core/cards, checked on arrival by messaging/overlay-schemas.ts, rendered by components/card.
import type { ActorType, SpeakerType, StatementKind } from '../types';

/** Where a card item can be read in full: a span of one source's text (the reader page highlights it). */
export interface Passage {
  sourceId: string;
  start: number;
  end: number;
}

/** One statement as a card shows it. */
export interface CardItem {
  statementId: string;
  kind: StatementKind;
  /** "Direct quote", "Paraphrase", …: see LEGEND in labels.ts for what each promises. */
  label: string;
  /** The statement's words exactly as the source prints them, cut at a word when longer than the bound. */
  text: string;
  truncated: boolean;
  /** null when the source names no outlet; the card then says "unnamed outlet". */
  outlet: string | null;
  date: string;
  /** The date is only the day the reader added their own undated article: not a publication date. */
  dateAdded?: true;
  passage: Passage;
}

/** Several selected sources reporting the same point: each outlet's wording, side by side. */
export interface Comparison {
  type: 'compare';
  /** True when every source prints the same words (syndicated copies), so nothing differs. */
  identical: boolean;
  items: CardItem[];
}

export interface Single {
  type: 'item';
  item: CardItem;
}

export type Entry = Single | Comparison;

export interface TopicGroup {
  /** Topic id from data/lexicons/topics.json, or its fallback ("other"). */
  topic: string;
  label: string;
  entries: Entry[];
  /** Entries left out by the size bound (the corpus search shows them all). */
  more: number;
}

/** What one speaker said about the card's subject. Unnamed sources stay per article. */
export interface SpeakerGroup {
  /** Actor id, or "anon:<sourceId>|<description>" for an unnamed source of one article. */
  key: string;
  speaker: string;
  speakerType: SpeakerType;
  /** The corpus actor, when the speaker is one (a card can link to theirs). */
  speakerId: string | null;
  items: CardItem[];
  more: number;
}

/** How one source first brings a term in: the sentence of its first mention. */
export interface Introduction {
  text: string;
  truncated: boolean;
  outlet: string | null;
  date: string;
  /** As for CardItem: the day the reader added the article, not a publication date. */
  dateAdded?: true;
  passage: Passage;
}

export interface CardHeader {
  type: ActorType;
  /** The one or two roles the corpus gives most (core/cards/roles.ts). */
  roles: string[];
  /** The other roles, shown only when the reader asks (the card's "more roles"). */
  moreRoles: string[];
  /** Selected sources that mention the subject or hold a statement by or about it. */
  sources: number;
  /** Statements shown or counted in the card (own words and said about), selected sources only. */
  statements: number;
  /** Statements by or about the subject in the sources the reader deselected: counted, not shown. */
  hidden: number;
}

export interface ActorCard {
  kind: 'actor';
  /** KB actor id and canonical name, at the top as the overlay's host reads them. */
  id: string;
  name: string;
  header: CardHeader;
  /** Statements whose speaker is the actor, grouped by topic. Never anyone else's. */
  ownWords: TopicGroup[];
  /** Statements by others that are about the actor, grouped by speaker. */
  saidAbout: SpeakerGroup[];
  saidAboutMore: number;
}

export interface TermCard {
  kind: 'term';
  id: string;
  name: string;
  header: CardHeader;
  /** The first-mention sentence of each selected source: how the sources introduce the term. */
  introductions: Introduction[];
  introductionsMore: number;
  saidAbout: SpeakerGroup[];
  saidAboutMore: number;
}

export type CardModel = ActorCard | TermCard;
