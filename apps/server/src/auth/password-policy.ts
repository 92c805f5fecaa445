import { dictionary } from '@zxcvbn-ts/language-common';
import { invalid } from '../http/errors.js';

/**
 * Password rules of OWASP ASVS 5.0 §6.2: long enough (12, counted in characters, not bytes),
 * up to 1,024 characters, any character allowed, no composition rules, no expiry, and not a
 * password that guessers try first.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

// 49,233 passwords from leaked-password corpora, most used first, as the zxcvbn-ts project ships
// them (@zxcvbn-ts/language-common). Built into a set on first use.
let commonPasswords: Set<string> | undefined;
const isListed = (candidate: string) => {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(candidate);
};

const comparable = (text: string) => text.normalize('NFKC').toLowerCase();
const lettersOf = (text: string) => comparable(text).replace(/[^\p{L}]/gu, '');

/** The shortest unit that the text repeats ("abcabcabc" → "abc"), or the text itself. */
function repeatedUnitOf(text: string): string {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text)
      return text.slice(0, size);
  }
  return text;
}

/**
 * Whether a guesser would try it early: a listed password, a listed one padded with digits or
 * symbols ("password2024!"), a repetition ("qwertyqwerty", "aaaaaaaaaaaa").
 */
export function isCommonPassword(password: string): boolean {
  const text = comparable(password);
  if (isListed(text)) return true;
  const core = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length >= 3 && isListed(core)) return true;
  const unit = repeatedUnitOf(text);
  return unit !== text && (unit.length <= 4 || isListed(unit));
}

export type PasswordContext = { email: string; displayName: string };

/** Context-specific words (ASVS 6.2.11): the product's name and the person's own email and name. */
function isBuiltFromContext(password: string, context: PasswordContext): boolean {
  const letters = lettersOf(password);
  const words = ['pathways', context.email, context.email.split('@')[0] ?? '', context.displayName];
  return words.map(lettersOf).some((word) => word.length >= 3 && letters === word);
}

/** Throws a 400 naming `field` when a new password breaks the rules; says which rule. */
export function assertAcceptablePassword(password: string, context: PasswordContext, field = 'password') {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    throw invalid(field, `must be at least ${PASSWORD_MIN_LENGTH} characters`, 'password_too_short');
  if (length > PASSWORD_MAX_LENGTH)
    throw invalid(field, `must be at most ${PASSWORD_MAX_LENGTH} characters`, 'password_too_long');
  if (isCommonPassword(password))
    throw invalid(field, 'is a common password that is guessed early; choose another', 'password_too_common');
  if (isBuiltFromContext(password, context))
    throw invalid(field, 'is made from your name, your email or the name Pathways', 'password_too_personal');
}
