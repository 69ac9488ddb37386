import { render } from 'preact';
import { KbSummary } from '@/components/KbSummary';
import { ReadingSettings } from '@/components/options/ReadingSettings';
import { SiteSettings } from '@/components/options/SiteSettings';
import { SourceSelection } from '@/components/options/SourceSelection';
import '@/components/base.css';
import './options.css';

function Options() {
  return (
    <main>
      <h1>Footnote options</h1>
      <KbSummary />
      <p>Footnote reads pages only in your browser and sends nothing anywhere.</p>
      <SourceSelection />
      <SiteSettings />
      <ReadingSettings />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
