import type { NameParts } from '@pathways/contracts';
import { buildSearchKeys, type PersonMatchInput } from '@pathways/domain';
import type { ClientRow } from './clients.presenter.js';

type PersonFields = {
  name: NameParts;
  nameOriginal?: NameParts;
  aliases?: string[];
  sex?: PersonMatchInput['sex'];
  dateOfBirth?: PersonMatchInput['dateOfBirth'];
  phone?: string;
  idDocument?: PersonMatchInput['idDocument'];
};

const joinParts = (n: NameParts | undefined) =>
  n ? [n.given, n.middle, n.family].filter(Boolean).join(' ') || undefined : undefined;

/** A registration (or draft) as the matcher in @pathways/domain reads it. */
export function personFromInput(input: PersonFields): PersonMatchInput {
  return {
    given: input.name.given || undefined,
    middle: input.name.middle || undefined,
    family: input.name.family || undefined,
    original: joinParts(input.nameOriginal),
    aliases: input.aliases,
    sex: input.sex,
    dateOfBirth: input.dateOfBirth,
    phone: input.phone,
    idDocument: input.idDocument,
  };
}

type MatchColumns = Pick<
  ClientRow,
  | 'given_name'
  | 'middle_name'
  | 'family_name'
  | 'given_name_original'
  | 'middle_name_original'
  | 'family_name_original'
  | 'aliases'
  | 'sex'
  | 'dob_value'
  | 'dob_precision'
  | 'phone'
  | 'id_document_type'
  | 'id_document_number'
>;

/** A stored client as the matcher reads it. */
export function personFromRow(row: MatchColumns): PersonMatchInput {
  const original = [row.given_name_original, row.middle_name_original, row.family_name_original]
    .filter(Boolean)
    .join(' ');
  return {
    given: row.given_name ?? undefined,
    middle: row.middle_name ?? undefined,
    family: row.family_name ?? undefined,
    original: original || undefined,
    aliases: row.aliases,
    sex: row.sex,
    dateOfBirth:
      row.dob_value && row.dob_precision ? { value: row.dob_value, precision: row.dob_precision } : undefined,
    phone: row.phone ?? undefined,
    idDocument:
      row.id_document_type && row.id_document_number
        ? { type: row.id_document_type, number: row.id_document_number }
        : undefined,
  };
}

export function searchColumnsOf(person: PersonMatchInput) {
  const keys = buildSearchKeys(person);
  return { search_latin: keys.latinNormalised, search_skeleton: keys.skeleton };
}
