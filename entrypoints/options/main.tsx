import { render } from 'preact';
import { Coming } from '@/components/Coming';
import { KbSummary } from '@/components/KbSummary';
import '@/components/base.css';

function Options() {
  return (
    <main>
      <h1>Footnote options</h1>
      <KbSummary />
      <p>Footnote reads pages only in your browser and sends nothing anywhere.</p>
      <Coming
        items={[
          'Choose which corpus sources the cards may quote.',
          'Choose the sites Footnote marks, or turn it off per site.',
        ]}
      />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
