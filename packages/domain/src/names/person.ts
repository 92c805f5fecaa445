// The shape the server passes for a registered client or a registration draft. Names stay as parts
// because counsellors type them into separate fields, but any part may be missing: many people
// (Indonesia, parts of West Africa) have a single name, and order is not reliable across countries.
export type DateOfBirthPrecision = 'exact' | 'year' | 'estimated';

export type DateOfBirth = {
  /** YYYY-MM-DD, or YYYY when only the year is known. */
  value: string;
  precision: DateOfBirthPrecision;
};

export type PersonSex = 'female' | 'male' | 'other' | 'unknown';

export type IdDocument = { type: string; number: string };

export type PersonMatchInput = {
  given?: string;
  middle?: string;
  family?: string;
  /** Other names the person is known by (previous spellings, nicknames, names on other documents). */
  aliases?: string[];
  /** The full name, or any of its parts, in the original script (Arabic, Urdu, Serbian Cyrillic...). */
  original?: string;
  /** The full name as one Latin string, when parts were not separated. */
  latin?: string;
  dateOfBirth?: DateOfBirth;
  /** E.164, e.g. +212612345678. */
  phone?: string;
  sex?: PersonSex;
  idDocument?: IdDocument;
};
