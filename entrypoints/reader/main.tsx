import { render } from 'preact';
import '@/components/base.css';
import { Reader } from './Reader';
import { passageFromQuery } from './url';
import './reader.css';

const query = new URLSearchParams(location.search);
render(
  // The page's one main landmark, in every state (the article, loading, a missing source).
  <main>
    <Reader sourceId={query.get('source') ?? ''} passage={passageFromQuery(location.search)} />
  </main>,
  document.getElementById('app')!,
);
