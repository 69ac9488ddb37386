import { render } from 'preact';
import '@/components/base.css';
import { Reader } from './Reader';
import { passageFromQuery } from './url';
import './reader.css';

const query = new URLSearchParams(location.search);
render(
  <Reader sourceId={query.get('source') ?? ''} passage={passageFromQuery(location.search)} />,
  document.getElementById('app')!,
);
