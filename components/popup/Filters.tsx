// Topic and source filters: two labelled selects from the background's facets ("any" by default). A
// chosen source can be read whole in the reader.
import { request } from '@/messaging/protocol';
import { readerHref } from '@/utils/reader-link';
import { useLoad } from '../useLoad';
import type { Filters as Value } from './useSearch';

export function Filters({ value, onChange }: { value: Value; onChange(next: Value): void }) {
  const facets = useLoad(() => request('searchFacets'));
  if (facets.state !== 'ready') return null;
  const { topics, sources } = facets.value;
  return (
    <div class="fn-filters">
      <label>
        Topic{' '}
        <select value={value.topic} onChange={(e) => onChange({ ...value, topic: e.currentTarget.value })}>
          <option value="">any</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {t.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Source{' '}
        <select value={value.source} onChange={(e) => onChange({ ...value, source: e.currentTarget.value })}>
          <option value="">any</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {value.source && sources.some((s) => s.id === value.source) && (
        <>
          {' '}
          <a href={readerHref(value.source)} target="_blank" rel="noopener" data-testid="read-source">
            Read source
          </a>
        </>
      )}
    </div>
  );
}
