import { describe, expect, it } from 'vitest';
import { assertAcceptablePassword, isCommonPassword } from './password-policy.js';

const context = { email: 'kofi.asante@example.org', displayName: 'Kofi Asante' };
const problemOf = (password: string) => {
  try {
    assertAcceptablePassword(password, context);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('common passwords', () => {
  it('finds listed passwords, whatever their case', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('1qaz2wsx3edc')).toBe(true);
    expect(isCommonPassword('QWERTYUIOP')).toBe(true);
  });

  it('finds a listed password padded with digits or symbols, and repetitions', () => {
    expect(isCommonPassword('dragon2024!!')).toBe(true);
    expect(isCommonPassword('!!sunshine!!')).toBe(true);
    expect(isCommonPassword('monkeymonkey')).toBe(true);
    expect(isCommonPassword('aaaaaaaaaaaa')).toBe(true);
    expect(isCommonPassword('abcdabcdabcd')).toBe(true);
  });

  it('lets ordinary passphrases through', () => {
    expect(isCommonPassword('a quiet harbour at dawn')).toBe(false);
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(isCommonPassword('Marrakech-rooftops-at-9')).toBe(false);
  });
});

describe('password rules', () => {
  it('counts characters, not bytes or UTF-16 units', () => {
    // Six emoji are twelve UTF-16 units but six characters: too short.
    expect(problemOf('🌿🌿🌿🌿🌿🌿')).toBe('password_too_short');
    expect(problemOf('elevenchars')).toBe('password_too_short');
    expect(problemOf('قهوة الصباح مع الياسمين')).toBe('ok');
  });

  it('allows up to 1,024 characters and any character, with no composition rule', () => {
    expect(problemOf(`${'a long sentence '.repeat(60)}ends`)).toBe('ok');
    expect(problemOf('plain lowercase words only')).toBe('ok');
    expect(problemOf('a'.repeat(1025))).toBe('password_too_long');
    expect(problemOf(`${'river stone '.repeat(5)}moss`)).toBe('ok'); // 64 characters and more
  });

  it("refuses the person's own name or email and the product's name", () => {
    expect(problemOf('KofiAsante2026')).toBe('password_too_personal');
    expect(problemOf('kofi.asante!!!')).toBe('password_too_personal');
    expect(problemOf('Pathways-2026!')).toBe('password_too_personal');
    expect(problemOf('Kofi likes long walks')).toBe('ok');
  });
});
