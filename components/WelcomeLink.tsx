// The way back to the welcome page after the first run, from the popup and the options page.
export function WelcomeLink() {
  return (
    <p>
      <a href="/welcome.html" target="_blank" rel="noopener" data-testid="welcome-link">
        How Footnote works
      </a>
    </p>
  );
}
