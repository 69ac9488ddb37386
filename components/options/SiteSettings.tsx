// The Sites option: everywhere or only listed sites, and the exclusions (the list the popup's per-site
// switch writes too). A list is saved only when every line is a valid pattern; otherwise nothing is
// saved and each bad line is named. The content script watches both values and follows at once.
import { useEffect, useState } from 'preact/hooks';
import { disabledSites, parsePatterns, siteScope, type SiteScope } from '@/utils/site-settings';
import { useStored } from './useStored';

export function SiteSettings() {
  const scope = useStored(siteScope);
  const excluded = useStored(disabledSites);
  if (!scope || !excluded) return <p class="muted">Loading the site settings…</p>;
  const setMode = (mode: SiteScope['mode']) => void siteScope.setValue({ ...scope, mode });
  return (
    <section data-testid="site-settings">
      <h2>Sites</h2>
      <p class="muted">
        One pattern a line: <code>example.com</code> is that site (with or without www.);{' '}
        <code>*.example.com</code> is that site and every subdomain. Host names only: no http://, path or
        port. An excluded site stays off even when listed.
      </p>
      <label>
        <input
          type="radio"
          name="scope"
          value="everywhere"
          checked={scope.mode === 'everywhere'}
          onChange={() => setMode('everywhere')}
        />{' '}
        Run on every site
      </label>{' '}
      <label>
        <input
          type="radio"
          name="scope"
          value="listed"
          checked={scope.mode === 'listed'}
          onChange={() => setMode('listed')}
        />{' '}
        Only on the sites listed below
      </label>
      <PatternList
        label="Listed sites"
        testid="listed-sites"
        value={scope.sites}
        save={(sites) => siteScope.setValue({ ...scope, sites })}
      />
      <PatternList
        label="Excluded sites"
        testid="excluded-sites"
        value={excluded}
        save={(list) => disabledSites.setValue(list)}
      />
    </section>
  );
}

interface PatternListProps {
  label: string;
  testid: string;
  value: string[];
  save(patterns: string[]): Promise<void>;
}

function PatternList({ label, testid, value, save }: PatternListProps) {
  const stored = value.join('\n');
  const [text, setText] = useState(stored);
  const [errors, setErrors] = useState<string[]>([]);
  // A change made elsewhere (the popup's switch) replaces the text while nothing unsaved would be lost.
  useEffect(() => setText(stored), [stored]);
  const submit = (e: Event) => {
    e.preventDefault();
    const check = parsePatterns(text);
    setErrors(check.ok ? [] : check.errors);
    if (check.ok) void save(check.patterns);
  };
  return (
    <form data-testid={testid} onSubmit={submit}>
      <label>
        {label}
        <br />
        <textarea
          rows={4}
          cols={40}
          value={text}
          aria-invalid={errors.length > 0}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <br />
      <button type="submit">Save</button>
      {errors.length > 0 && (
        <div class="error" role="alert">
          Nothing was saved:
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
