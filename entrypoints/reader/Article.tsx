// One source as a readable article: where it comes from, who speaks in it, and its text with every
// statement marked by speaker. Each statement starts with a small numbered marker that is a button:
// its label names speaker and kind for a screen reader, Tab reaches it, and focusing or pressing it
// lights up the statement's words. The number is drawn by CSS, so copying a quote copies only words.
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, outletName } from '@/components/card/format';
import { KIND_LABELS } from '@/core/cards/kinds';
import type { Passage } from '@/core/cards/model';
import type { SourceView } from '@/messaging/overlay-schemas';
import { Legend } from './Legend';
import { segment, type Run } from './segments';
import { speakerKey, type Speaker } from './speakers';

type Statement = SourceView['statements'][number];

/** The address to link as the original, when it is a web page (never a javascript: or file: URL). */
export function originalLink(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

export const statementLabel = (st: Statement): string =>
  `${st.speaker}, ${KIND_LABELS[st.kind].toLowerCase()}`;

export function Article({ source, passage }: { source: SourceView; passage: Passage | null }) {
  const mark = useRef<HTMLElement>(null);
  const key = useMemo(() => speakerKey(source.statements), [source]);
  const [speakersOn, setSpeakersOn] = useState<ReadonlySet<string>>(new Set());
  const [pinned, setPinned] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${source.title ?? 'Untitled'} · Footnote reader`;
    // Focus too, so a screen reader starts at the cited words rather than at the top.
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, [source.id]);

  const lit = (run: Run<Statement>) =>
    run.within.some((st) => st.id === preview || st.id === pinned || speakersOn.has(st.speaker));
  const toggleSpeaker = (name: string) =>
    setSpeakersOn((on) => {
      const next = new Set(on);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  const original = originalLink(source.url);
  const markers = new Set<string>();
  let firstMark = true;

  const marker = (st: Statement, sp: Speaker) => (
    <button
      key={`m-${st.id}`}
      type="button"
      class="who-n"
      data-n={sp.n}
      data-testid="statement-marker"
      style={{ '--speaker-hue': sp.hue }}
      aria-label={statementLabel(st)}
      aria-pressed={pinned === st.id}
      title={`${st.speaker}: ${KIND_LABELS[st.kind]}`}
      onClick={() => setPinned((p) => (p === st.id ? null : st.id))}
      onFocus={() => setPreview(st.id)}
      onBlur={() => setPreview(null)}
      onMouseEnter={() => setPreview(st.id)}
      onMouseLeave={() => setPreview(null)}
    />
  );

  return (
    <article class="reader" data-source={source.id}>
      <header>
        <p class="muted">
          {/* A reader's undated article carries the day it was added, said so: no publication date. */}
          {outletName(source.outlet)} · {source.dateAdded && 'added '}
          <time dateTime={source.date}>{formatDate(source.date)}</time>
          {original && (
            <>
              {' · '}
              <a href={original.href} target="_blank" rel="noopener noreferrer" data-testid="original-link">
                Original on {original.hostname}
              </a>
            </>
          )}
        </p>
        <h1>{source.title ?? 'Untitled'}</h1>
      </header>
      <Legend speakers={[...key.values()]} on={speakersOn} onToggle={toggleSpeaker} />
      {segment(source.text, source.statements, passage).map((runs, i) => (
        <p key={i}>
          {runs.map((run) => {
            // Outer statements first: a paraphrase's marker comes before the quote it opens with.
            const opening = [...run.within].reverse().filter((st) => !markers.has(st.id));
            opening.forEach((st) => markers.add(st.id));
            const st = run.statement;
            const words = st ? (
              <span
                class={lit(run) ? 'statement lit' : 'statement'}
                data-statement={st.id}
                data-kind={st.kind}
                style={{ '--speaker-hue': key.get(st.speaker)!.hue }}
                title={`${st.speaker}: ${KIND_LABELS[st.kind]}`}
              >
                {run.text}
              </span>
            ) : (
              run.text
            );
            let body = words;
            if (run.inPassage) {
              const first = firstMark;
              firstMark = false;
              body = (
                <mark
                  class="passage"
                  data-testid="passage"
                  ref={first ? mark : undefined}
                  tabIndex={first ? -1 : undefined}
                >
                  {words}
                </mark>
              );
            }
            return (
              <Fragment key={run.start}>
                {opening.map((o) => marker(o, key.get(o.speaker)!))}
                {body}
              </Fragment>
            );
          })}
        </p>
      ))}
    </article>
  );
}
