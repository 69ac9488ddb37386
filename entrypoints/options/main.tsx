import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { KbSummary } from '@/components/KbSummary';
import { ReadingSettings } from '@/components/options/ReadingSettings';
import { SiteSettings } from '@/components/options/SiteSettings';
import { SourceSelection } from '@/components/options/SourceSelection';
import { YourArticles } from '@/components/options/YourArticles';
import { WelcomeLink } from '@/components/WelcomeLink';
import { Shortcuts } from '@/components/shortcuts/Shortcuts';
import { KB_REVISION_KEY } from '@/messaging/library-page';
import '@/components/base.css';
import './options.css';

function Options() {
  // The KB changes when the reader adds or deletes an article, here or from the popup: the summary,
  // the source list and the article list are asked again.
  const [revision, setRevision] = useState(0);
  const bump = () => setRevision((n) => n + 1);
  useEffect(() => storage.watch(KB_REVISION_KEY, bump), []);
  return (
    <main>
      <h1>Footnote options</h1>
      <KbSummary key={`summary-${revision}`} />
      <p>Footnote reads pages only in your browser and sends nothing anywhere.</p>
      <WelcomeLink />
      <SourceSelection key={`sources-${revision}`} />
      <YourArticles revision={revision} onChange={bump} />
      <SiteSettings />
      <ReadingSettings />
      <Shortcuts />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
