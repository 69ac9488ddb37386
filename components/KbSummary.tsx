import { request } from '@/messaging/protocol';
import { useLoad } from './useLoad';

/** What the bundled corpus holds, as the background reports it. */
export function KbSummary() {
  const summary = useLoad(() => request('getKbSummary'));
  if (summary.state === 'loading') return <p class="muted">Loading the knowledge base…</p>;
  if (summary.state === 'error') {
    return (
      <p class="error" data-testid="kb-error">
        The knowledge base could not be loaded: {summary.error}
      </p>
    );
  }
  const { sources, actors, statements } = summary.value;
  return (
    <p data-testid="kb-summary">
      The bundled corpus: <strong data-testid="kb-sources">{sources}</strong> sources,{' '}
      <strong data-testid="kb-actors">{actors}</strong> people, governments and terms,{' '}
      <strong data-testid="kb-statements">{statements}</strong> statements.
    </p>
  );
}
