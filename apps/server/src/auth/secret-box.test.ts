import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseRecoveryCode } from './recovery-codes.js';
import { createSecretBox } from './secret-box.js';
import { matchTotpStep } from './totp.js';

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, with a fresh nonce each time', () => {
    const a = box.seal('JBSWY3DPEHPK3PXP', 'mfa-totp:user-1');
    const b = box.seal('JBSWY3DPEHPK3PXP', 'mfa-totp:user-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(a, 'mfa-totp:user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another context, another key and an edited ciphertext', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP', 'mfa-totp:user-1');
    expect(() => box.open(sealed, 'mfa-totp:user-2')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'mfa-totp:user-1')).toThrow();
    const [format, iv, tag, ciphertext] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] = (flipped[0] as number) ^ 1;
    expect(() =>
      box.open([format, iv, tag, flipped.toString('base64url')].join('.'), 'mfa-totp:user-1'),
    ).toThrow();
  });
});

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", last 6 digits of the 8-digit values.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('matches the RFC test vectors and returns their time step', () => {
    expect(matchTotpStep(rfcSecret, '287082', 59_000)).toBe(1);
    expect(matchTotpStep(rfcSecret, '081804', 1_111_111_109_000)).toBe(37_037_036);
    expect(matchTotpStep(rfcSecret, '005924', 1_234_567_890_000)).toBe(41_152_263);
  });

  it('allows one step of drift either side, not two', () => {
    const at = 1_234_567_890_000; // step 41152263, code 005924
    expect(matchTotpStep(rfcSecret, '005924', at + 30_000)).toBe(41_152_263);
    expect(matchTotpStep(rfcSecret, '005924', at - 30_000)).toBe(41_152_263);
    expect(matchTotpStep(rfcSecret, '005924', at + 60_000)).toBeNull();
  });
});

describe('recovery codes', () => {
  it('reads a code as people copy it: case, dashes, spaces, and o/i/l for 0/1', () => {
    expect(normaliseRecoveryCode('AB1C0-DEFGH')).toBe('ab1c0defgh');
    expect(normaliseRecoveryCode(' abIcO defgh ')).toBe('ab1c0defgh');
    expect(normaliseRecoveryCode('abcde-fghj')).toBeUndefined();
    expect(normaliseRecoveryCode('abcde-fghu!')).toBeUndefined();
  });
});
