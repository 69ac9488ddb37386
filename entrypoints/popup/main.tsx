import { render } from 'preact';
import { useState } from 'preact/hooks';
import { KbSummary } from '@/components/KbSummary';
import { OnThisPage } from '@/components/popup/OnThisPage';
import { AddThisPage } from '@/components/popup/AddThisPage';
import { Search } from '@/components/popup/Search';
import { WelcomeLink } from '@/components/WelcomeLink';
import { SiteToggle } from './SiteToggle';
import '@/components/base.css';
import './popup.css';

function Popup() {
  // An open card takes the popup's whole body; closing it brings the search back as it was.
  const [card, setCard] = useState<string | null>(null);
  return (
    <main>
      <h1>Footnote</h1>
      <Search cardId={card} onCard={setCard} />
      {card === null && (
        <>
          <OnThisPage />
          <AddThisPage />
          <SiteToggle />
          <KbSummary />
          <WelcomeLink />
        </>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
