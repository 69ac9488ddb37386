// Finding mentions: blocks of page text through the matcher into marks, in idle slices.
import type { MatcherData } from '@/core/matcher/compile';
import type { Matcher } from '@/core/matcher/matcher';
import { collectBlocks, insideSkipped, positionIn, type Block } from './blocks';
import type { Mark, MarkSet } from './marks';
import { mentionPrefilter } from './prefilter';
import type { IdleRunner } from './scheduler';

export class Scanner {
  /** Open shadow roots met while scanning; the observer watches them too. */
  readonly shadowRoots = new Set<ShadowRoot>();

  private readonly could: (text: string) => boolean;

  constructor(
    private readonly matcher: Matcher,
    data: MatcherData,
    private readonly marks: MarkSet,
    private readonly runner: IdleRunner,
    private readonly ownHost: () => Element | null,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {
    this.could = mentionPrefilter(data);
  }

  /** Forgets every mark and scans the whole document again. */
  full(doc: Document): void {
    this.runner.clear();
    this.marks.clear();
    this.runner.add(this.job(doc.body ?? doc.documentElement));
  }

  /** Rescans the blocks under `roots` (the parts of the page that changed). */
  partial(roots: Node[]): void {
    // Marks whose text left the page or sits in a changed block go; the rescan puts back what remains.
    this.marks.removeWhere((m) => m.nodes.some((n) => !n.isConnected || roots.some((r) => r.contains(n))));
    for (const root of roots) this.runner.add(this.job(root));
  }

  private *job(root: Node): Generator<void> {
    if (!root.isConnected || insideSkipped(root, this.ownHost())) return;
    const blocks = collectBlocks(root, {
      ownHost: this.ownHost(),
      onShadowRoot: (sr) => {
        if (this.shadowRoots.has(sr)) return;
        this.shadowRoots.add(sr);
        this.onShadowRoot(sr);
        this.runner.add(this.job(sr));
      },
    });
    for (const block of blocks) {
      if (block) this.mark(block);
      yield;
    }
  }

  private mark(block: Block) {
    if (!this.could(block.text)) return;
    for (const m of this.matcher.scan(block.text)) {
      const start = positionIn(block, m.start, false);
      const end = positionIn(block, m.end, true);
      const range = start.node.ownerDocument.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const from = block.nodes.indexOf(start.node);
      const to = block.nodes.indexOf(end.node);
      const mark: Mark = { range, id: m.id, weak: m.weak, nodes: block.nodes.slice(from, to + 1) };
      this.marks.add(mark);
    }
  }
}
