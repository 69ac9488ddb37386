// The source selection: every corpus source, grouped by outlet, each with a checkbox; a group and the
// whole list can be switched at once; a source's title opens it in the reader. Every change is stored
// at once; the background reads the setting on each card and search request, so open tabs follow
// without a reload.
import { useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import type { SourceEntry } from '@/messaging/source-schemas';
import { readerHref } from '@/utils/reader-link';
import { setDeselectedSources } from '@/utils/settings';
import { useLoad } from '../useLoad';
import { groupByOutlet, UNNAMED_OUTLET, withAll, type OutletGroup } from './group';
import { useDeselected } from './useDeselected';

export function SourceSelection() {
  const sources = useLoad(() => request('getSources'));
  const deselected = useDeselected();
  const [error, setError] = useState<string | null>(null);
  if (sources.state === 'error') return <p class="error">The sources could not be listed: {sources.error}</p>;
  if (sources.state === 'loading' || deselected === null) return <p class="muted">Loading the sources…</p>;

  const save = (ids: string[]) =>
    setDeselectedSources(ids).then(
      () => setError(null),
      // The settings' messages are written for the reader (the sync quota refusal says what to do).
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const all = sources.value.map((s) => s.id);
  const off = new Set(deselected);
  return (
    <section data-testid="source-selection">
      <h2>Sources</h2>
      <p class="muted">
        Cards and search quote only the sources ticked here.{' '}
        {all.length - all.filter((id) => off.has(id)).length} of {all.length} selected.
      </p>
      <p>
        <button type="button" onClick={() => save([])}>
          Select all
        </button>{' '}
        <button type="button" onClick={() => save(all)}>
          Select none
        </button>
      </p>
      {error && (
        <p class="error" role="alert" data-testid="selection-error">
          {error}
        </p>
      )}
      {groupByOutlet(sources.value).map((group) => (
        <Group key={group.outlet ?? ''} group={group} off={off} save={save} deselected={deselected} />
      ))}
    </section>
  );
}

interface GroupProps {
  group: OutletGroup;
  off: Set<string>;
  deselected: string[];
  save(ids: string[]): void;
}

function Group({ group, off, deselected, save }: GroupProps) {
  const ids = group.sources.map((s) => s.id);
  const on = ids.filter((id) => !off.has(id)).length;
  const name = group.outlet ?? UNNAMED_OUTLET;
  return (
    <fieldset class="outlet" data-outlet={name}>
      <legend>
        <label>
          <input
            type="checkbox"
            data-testid="outlet-toggle"
            checked={on === ids.length}
            indeterminate={on > 0 && on < ids.length}
            onChange={(e) => save(withAll(deselected, ids, e.currentTarget.checked))}
          />{' '}
          {group.outlet === null ? <em>{name}</em> : name} ({ids.length})
        </label>
      </legend>
      {group.sources.map((s) => (
        <Source key={s.id} source={s} on={!off.has(s.id)} deselected={deselected} save={save} />
      ))}
    </fieldset>
  );
}

interface SourceProps {
  source: SourceEntry;
  on: boolean;
  deselected: string[];
  save(ids: string[]): void;
}

function Source({ source, on, deselected, save }: SourceProps) {
  return (
    <label class="source" data-source={source.id}>
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => save(withAll(deselected, [source.id], e.currentTarget.checked))}
      />{' '}
      {/* A link inside the label follows the link; it does not toggle the box. */}
      <a href={readerHref(source.id)} target="_blank" rel="noopener" data-testid="source-reader-link">
        {source.title ?? <em>Untitled</em>}
      </a>{' '}
      <span class="muted">
        {source.dateAdded && 'added '}
        {source.date} · {source.statements} statement{source.statements === 1 ? '' : 's'}
      </span>
    </label>
  );
}
