import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine';

const types = (text: string) => analyze(text).actors.map((a) => `${a.name}: ${a.type}`);

// A name no given name marks, described as the text describes it (person-appositive.ts).
describe('a name the lexicons do not know', () => {
  it('is a person where an age or a person’s role follows it', () => {
    expect(types('Parker Eaton, a nominal Republican, said that the field was weak.')).toEqual([
      'Parker Eaton: person',
    ]);
    expect(types('Parker Eaton, a retired farmer from Ohio, said that the field was weak.')).toEqual([
      'Parker Eaton: person',
    ]);
  });
  it('is a body where the appositive names one', () => {
    expect(types('Goldman Sachs, a bank, said that the field was weak.')).toEqual([
      'Goldman Sachs: organization',
    ]);
  });
});
