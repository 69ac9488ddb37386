import { render } from 'preact';
import { ActorLookup } from '@/components/ActorLookup';
import { Coming } from '@/components/Coming';
import { KbSummary } from '@/components/KbSummary';
import { SiteToggle } from './SiteToggle';
import '@/components/base.css';
import './popup.css';

function Popup() {
  return (
    <main>
      <h1>Footnote</h1>
      <SiteToggle />
      <KbSummary />
      <ActorLookup />
      <Coming
        items={[
          'Search the whole corpus: statements, topics and sources.',
          'Marks on news pages for the people, governments and terms the corpus knows.',
        ]}
      />
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
