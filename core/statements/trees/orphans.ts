import type { Statement } from '../../types';
import { sentenceAt } from '../../text';
import type { Ctx } from '../index';

/** A statement whose words trim.ts ended earlier: where they end now, and where they ended. */
export interface Narrowed {
  st: Statement;
  end: number;
  was: number;
}

/**
 * A quotation the rules gave a speaker only because it stood inside that speaker's reported clause
 * ("Mayor Jim Holt said the budget was balanced, and council member Rita Owens also rejected the
 * proposal, writing that “the numbers simply do not add up.”") loses that reason when the clause is
 * cut before a second clause with its own subject: it goes to the statement that clause makes
 * (Owens's), or, with none, to no one.
 */
export function reassignCut(ctx: Ctx, narrowed: Narrowed[], statements: Statement[]): void {
  for (const { st, end, was } of narrowed) {
    const orphans = statements.filter(
      (d) =>
        d !== st &&
        d.kind === 'direct' &&
        !d.cue &&
        d.speakerId === st.speakerId &&
        d.start >= end &&
        d.end <= was,
    );
    for (const d of orphans) {
      const owner = statements
        .filter(
          (o) =>
            o.cue &&
            o.speakerId !== st.speakerId &&
            o.cue.start >= end &&
            o.cue.end <= d.start &&
            o.sentence.start === d.sentence.start,
        )
        .pop();
      const who = owner && ctx.speakerOf.get(owner);
      ctx.out.remove(d);
      const sent = sentenceAt(ctx.doc.sentences, d.start);
      if (who && sent) ctx.emit({ ...who, start: 0, end: 0 }, 'direct', { start: d.start, end: d.end }, sent);
    }
  }
}
