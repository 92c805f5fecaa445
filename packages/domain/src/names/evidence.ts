// Non-name evidence, each worth log-odds points. The date of birth is what separates two people
// sharing a common name (there are many Mohamed Alis), so a clear conflict outweighs a perfect name.
import type { DateOfBirth, IdDocument, PersonMatchInput } from './person.js';

export type EvidenceCode =
  | 'dob_exact'
  | 'dob_year'
  | 'dob_near'
  | 'dob_conflict'
  | 'phone_equal'
  | 'id_document_equal'
  | 'id_document_conflict'
  | 'sex_conflict';

export type Evidence = { code: EvidenceCode; detail: string; points: number };

export const EVIDENCE_POINTS = {
  dobExact: 3,
  dobYear: 1.2,
  dobEstimated: 0.6,
  dobNear: -1.5,
  dobConflict: -7,
  dobYearConflict: -5,
  phoneEqual: 2,
  idEqual: 8,
  idConflict: -2.5,
  sexConflict: -6,
} as const;

type ParsedDate = { year: number; month?: number; day?: number; precision: DateOfBirth['precision'] };

const parseDate = (dob: DateOfBirth | undefined): ParsedDate | undefined => {
  const match = dob?.value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!dob || !match?.[1]) return undefined;
  const isFull = dob.precision === 'exact' && match[3] !== undefined;
  return {
    year: Number(match[1]),
    ...(isFull ? { month: Number(match[2]), day: Number(match[3]) } : {}),
    precision: isFull ? 'exact' : dob.precision === 'estimated' ? 'estimated' : 'year',
  };
};

const countDigitDifferences = (left: string, right: string): number =>
  [...left].filter((char, index) => char !== right[index]).length;

// A single mistyped digit in the day or month, or day and month swapped, is more likely a data-entry
// slip than another person. A differing year digit is not: 1980 and 1990 are different generations.
const isPossibleTypo = (left: DateOfBirth, right: DateOfBirth, a: ParsedDate, b: ParsedDate): boolean =>
  a.year === b.year &&
  (countDigitDifferences(left.value, right.value) === 1 || (a.month === b.day && a.day === b.month));

export const compareDatesOfBirth = (left?: DateOfBirth, right?: DateOfBirth): Evidence | undefined => {
  const a = parseDate(left);
  const b = parseDate(right);
  if (!left || !right || !a || !b) return undefined;
  const detail = `${left.value} / ${right.value}`;
  if (a.precision === 'exact' && b.precision === 'exact') {
    if (left.value === right.value) return { code: 'dob_exact', detail, points: EVIDENCE_POINTS.dobExact };
    if (isPossibleTypo(left, right, a, b))
      return { code: 'dob_near', detail, points: EVIDENCE_POINTS.dobNear };
    return { code: 'dob_conflict', detail, points: EVIDENCE_POINTS.dobConflict };
  }
  const gap = Math.abs(a.year - b.year);
  const isEstimated = a.precision === 'estimated' || b.precision === 'estimated';
  const tolerance = isEstimated ? 2 : 1;
  if (gap === 0)
    return {
      code: 'dob_year',
      detail,
      points: isEstimated ? EVIDENCE_POINTS.dobEstimated : EVIDENCE_POINTS.dobYear,
    };
  if (gap <= tolerance) return { code: 'dob_year', detail, points: 0 };
  if (gap <= tolerance + 2)
    return { code: 'dob_conflict', detail, points: EVIDENCE_POINTS.dobYearConflict / 2 };
  return { code: 'dob_conflict', detail, points: EVIDENCE_POINTS.dobYearConflict };
};

const normalisePhone = (phone: string | undefined): string => (phone ?? '').replace(/\D/g, '');

export const comparePhones = (left?: string, right?: string): Evidence | undefined => {
  const a = normalisePhone(left);
  const b = normalisePhone(right);
  // Different numbers say little: people change SIM cards; only equality is evidence.
  if (a.length < 6 || a !== b) return undefined;
  return { code: 'phone_equal', detail: `…${a.slice(-4)}`, points: EVIDENCE_POINTS.phoneEqual };
};

const normaliseDocumentNumber = (value: string): string => value.toUpperCase().replace(/[^0-9A-Z]/g, '');

export const compareIdDocuments = (left?: IdDocument, right?: IdDocument): Evidence | undefined => {
  if (!left || !right) return undefined;
  const a = normaliseDocumentNumber(left.number);
  const b = normaliseDocumentNumber(right.number);
  if (a.length < 4 || b.length < 4) return undefined;
  const isSameType = left.type.trim().toLowerCase() === right.type.trim().toLowerCase();
  if (a === b) return { code: 'id_document_equal', detail: left.type, points: EVIDENCE_POINTS.idEqual };
  // A renewed passport has a new number, so a differing number is only mild evidence against.
  if (isSameType)
    return { code: 'id_document_conflict', detail: left.type, points: EVIDENCE_POINTS.idConflict };
  return undefined;
};

export const compareSex = (
  left: PersonMatchInput['sex'],
  right: PersonMatchInput['sex'],
): Evidence | undefined => {
  const isKnown = (sex: PersonMatchInput['sex']): boolean => sex === 'female' || sex === 'male';
  if (!isKnown(left) || !isKnown(right) || left === right) return undefined;
  return { code: 'sex_conflict', detail: `${left} / ${right}`, points: EVIDENCE_POINTS.sexConflict };
};
