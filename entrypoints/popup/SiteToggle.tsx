// The per-site switch: marks on or off for the site in the active tab. The popup asks that tab's
// content script for its host name rather than reading the tab's URL, which would need the `tabs`
// permission; a tab without our content script (a browser page, a PDF) simply has no switch.
import { useEffect, useState } from 'preact/hooks';
import { askActiveTab } from '@/components/popup/activeTab';
import { isSiteEnabled, setSiteEnabled, siteKey, SITE_QUERY } from '@/utils/site-settings';

async function activeSite(): Promise<string | null> {
  const host = await askActiveTab({ type: SITE_QUERY });
  return typeof host === 'string' && host ? host : null; // no content script there, or no host
}

export function SiteToggle() {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [on, setOn] = useState(true);

  useEffect(() => {
    void activeSite().then(async (host) => {
      if (host) setOn(await isSiteEnabled(host));
      setSite(host);
    });
  }, []);

  if (site === undefined) return null;
  return (
    <section data-testid="site-toggle">
      {site === null ? (
        <p class="muted">Footnote does not mark this page.</p>
      ) : (
        <label>
          <input
            type="checkbox"
            checked={on}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              setOn(next);
              void setSiteEnabled(site, next);
            }}
          />{' '}
          Mark names on <strong>{siteKey(site)}</strong>
        </label>
      )}
    </section>
  );
}
