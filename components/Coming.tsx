/** Says plainly what the extension does not do yet, so a tester does not mistake a gap for a bug. */
export function Coming({ items }: { items: string[] }) {
  return (
    <section>
      <h2>Coming next</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
