import type { DateOfBirth, PersonMatchInput } from './person.js';

export type MatchPair = { a: PersonMatchInput; b: PersonMatchInput; isSamePerson: boolean; note: string };

// Compact date notation for the fixture tables: '1990-04-12' exact, 'y1990' year only, '~1990' estimated.
const parseDob = (code: string): DateOfBirth => {
  if (code.startsWith('y')) return { value: code.slice(1), precision: 'year' };
  if (code.startsWith('~')) return { value: code.slice(1), precision: 'estimated' };
  return { value: code, precision: 'exact' };
};

type Extra = Omit<PersonMatchInput, 'dateOfBirth'> & { dob?: string };

/** Builds a person from given/family names plus optional date code and other fields. */
export const person = (given: string | undefined, family?: string, extra: Extra = {}): PersonMatchInput => {
  const { dob, ...rest } = extra;
  return {
    ...(given ? { given } : {}),
    ...(family ? { family } : {}),
    ...(dob ? { dateOfBirth: parseDob(dob) } : {}),
    ...rest,
  };
};

/** A person known only by a name in its original script. */
export const scripted = (original: string, extra: Extra = {}): PersonMatchInput =>
  person(undefined, undefined, { ...extra, original });

export const same = (a: PersonMatchInput, b: PersonMatchInput, note: string): MatchPair => ({
  a,
  b,
  isSamePerson: true,
  note,
});
export const distinct = (a: PersonMatchInput, b: PersonMatchInput, note: string): MatchPair => ({
  a,
  b,
  isSamePerson: false,
  note,
});
