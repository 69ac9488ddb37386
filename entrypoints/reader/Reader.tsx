// A plain reader for one corpus source: outlet, title, date and the article in paragraphs, with the
// passage a card cited highlighted and scrolled to, and every statement lightly marked by speaker.
import { useEffect, useRef } from 'preact/hooks';
import { useLoad } from '@/components/useLoad';
import { KIND_LABELS } from '@/core/cards/kinds';
import type { Passage } from '@/core/cards/model';
import { formatDate, outletName } from '@/components/card/format';
import { request } from '@/messaging/protocol';
import type { SourceView } from '@/messaging/overlay-schemas';
import { segment } from './segments';

export function Reader({ sourceId, passage }: { sourceId: string; passage: Passage | null }) {
  const source = useLoad(
    () => (sourceId ? request('getSource', { id: sourceId }) : Promise.resolve(null)),
    sourceId,
  );
  if (source.state === 'loading') return <p class="muted">Loading the source…</p>;
  if (source.state === 'error') return <p class="error">The source could not be loaded: {source.error}</p>;
  if (!source.value) return <p class="error">The corpus has no source “{sourceId}”.</p>;
  return <Article source={source.value} passage={passage?.sourceId === sourceId ? passage : null} />;
}

type Statement = SourceView['statements'][number];

function Article({ source, passage }: { source: SourceView; passage: Passage | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    // Focus too, so a screen reader starts at the cited words rather than at the top.
    mark.current?.scrollIntoView({ block: 'center' });
    mark.current?.focus({ preventScroll: true });
  }, [source.id]);
  const speakers = [...new Set(source.statements.map((s) => s.speaker))];
  const hue = (name: string) => (speakers.indexOf(name) * 137) % 360;
  let firstMark = true;
  return (
    <article class="reader" data-source={source.id}>
      <header>
        <p class="muted">
          {outletName(source.outlet)} · <time dateTime={source.date}>{formatDate(source.date)}</time>
        </p>
        <h1>{source.title ?? 'Untitled'}</h1>
        {speakers.length > 0 && (
          <p class="muted speakers">
            Statements are underlined by speaker (hover for who and how): {speakers.join(', ')}.
          </p>
        )}
      </header>
      {segment(source.text, source.statements, passage).map((runs, i) => (
        <p key={i}>
          {runs.map((run) => {
            const words = run.statement ? (
              <Spoken run={run.text} st={run.statement} hue={hue(run.statement.speaker)} />
            ) : (
              run.text
            );
            if (!run.inPassage) return <span key={run.start}>{words}</span>;
            const first = firstMark;
            firstMark = false;
            return (
              <mark
                key={run.start}
                class="passage"
                data-testid="passage"
                ref={first ? mark : undefined}
                tabIndex={first ? -1 : undefined}
              >
                {words}
              </mark>
            );
          })}
        </p>
      ))}
    </article>
  );
}

function Spoken({ run, st, hue }: { run: string; st: Statement; hue: number }) {
  return (
    <span
      class="statement"
      data-statement={st.id}
      data-kind={st.kind}
      style={{ '--speaker-hue': hue }}
      title={`${st.speaker}: ${KIND_LABELS[st.kind]}`}
    >
      {run}
    </span>
  );
}
