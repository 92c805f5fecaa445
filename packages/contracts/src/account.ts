import { z } from 'zod';
import { Me } from './auth.js';

/** Roles that must sign in with a second factor when the installation requires it. */
export const rolesRequiringMfa = ['admin', 'country_manager', 'centre_manager'] as const;

const TotpCode = z
  .string()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'must be the 6 digits your authenticator app shows'));

/** The answer to a right password when a code is still needed (HTTP 202). */
export const SecondFactorChallenge = z.object({
  secondFactor: z.literal('totp'),
  expiresInSeconds: z.number().int(),
});
export type SecondFactorChallenge = z.infer<typeof SecondFactorChallenge>;

/** A code from the authenticator app, or one of the recovery codes: exactly one of them. */
export const SecondFactorBody = z
  .strictObject({
    code: TotpCode.optional(),
    recoveryCode: z.string().trim().min(10).max(20).optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
    message: 'send either a code or a recovery code',
    path: ['code'],
  });
export type SecondFactorBody = z.infer<typeof SecondFactorBody>;

export const MfaCodeBody = z.strictObject({ code: TotpCode });
export type MfaCodeBody = z.infer<typeof MfaCodeBody>;

export const MfaStatus = z.object({
  enabled: z.boolean(),
  /** The user's role needs a second factor on this installation: it cannot be switched off. */
  required: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type MfaStatus = z.infer<typeof MfaStatus>;

/** The secret of an enrolment that waits for its first code. Shown once, never stored in the browser. */
export const MfaEnrolment = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code (an SVG data URL). */
  qrCode: z.string(),
});
export type MfaEnrolment = z.infer<typeof MfaEnrolment>;

export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** Enrolment confirmed: the recovery codes (shown once) and the new, rotated session. */
export const MfaActivated = z.object({ recoveryCodes: z.array(z.string()), me: Me });
export type MfaActivated = z.infer<typeof MfaActivated>;

export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(12, 'must be at least 12 characters').max(1024),
});
export type PasswordChangeBody = z.infer<typeof PasswordChangeBody>;
