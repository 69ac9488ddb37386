import { describe, expect, it } from 'vitest';
import { undecidedLines as said } from '../fixture';

// What may stand between a subject and its verb (speakers.ts, gapOk).
describe('between a subject and its reporting verb', () => {
  it('a party tag in brackets may stand, with or without a stray comma after it', () => {
    expect(said('On Tuesday, Gov. John Kasich (R-OH) said, “I am getting ready.”')).toEqual([
      'John Kasich (direct): I am getting ready.',
    ]);
    expect(said('On Tuesday, Gov. John Kasich (R-OH), said, “I am getting ready.”')).toEqual([
      'John Kasich (direct): I am getting ready.',
    ]);
  });
  it('a comma after the brackets is not an appositive’s end for words that come after it', () => {
    expect(said('Gov. John Kasich (R-OH), a Republican, said the race was close.')).toEqual([
      'John Kasich (indirect): the race was close',
    ]);
  });
  it('an appositive may hold a place’s own commas and a second role after "and"', () => {
    const text =
      '"Experiments of this kind are particularly successful," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.';
    expect(said(text)).toEqual([
      'Dylan Nelson (direct): Experiments of this kind are particularly successful',
    ]);
    expect(
      said('"The plan failed," John Smith, a professor at the University of Texas in Austin, Texas, said.'),
    ).toEqual(['John Smith (direct): The plan failed']);
  });
  it('a long description after a quote keeps the quote its source’s', () => {
    expect(
      said(
        '"The data showed the largest increase since 2009," Douglas Holtz-Eakin, an economic adviser to Republicans and former director of the nonpartisan Congressional Budget Office, wrote after the jobs report was released.',
      ),
    ).toEqual(['Douglas Holtz-Eakin (direct): The data showed the largest increase since 2009']);
  });
  it('an appositive may be followed by a description of what it names', () => {
    expect(
      said(
        'Mike Shields, president of the Congressional Leadership Fund, a super PAC allied with House leadership, said nearly every donor wants a firewall.',
      ),
    ).toEqual(['Mike Shields (indirect): nearly every donor wants a firewall']);
  });
  it('a participle with a quotation for its object may stand, its comma inside the marks', () => {
    expect(
      said(
        'Paul Manafort spoke. Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win Pennsylvania.',
      ),
    ).toContain('Paul Manafort (indirect): the candidate could win Pennsylvania');
  });
});

// After a verb, a name the reported clause holds is not an inverted source (speakers.ts, roleGap).
describe('a name after the verb', () => {
  it('is the clause’s object after a pronoun and an auxiliary, not who speaks', () => {
    expect(
      said(
        'Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.',
      ),
    ).toEqual(['Chuck Grassley (indirect): he would welcome Cruz']);
  });
  it('is who speaks after an age, as after a role in lower case', () => {
    expect(
      said(
        '"I was unable to stand," wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study.',
      ),
    ).toEqual(['Martin Taylor (direct): I was unable to stand']);
  });
});
