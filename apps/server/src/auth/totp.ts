import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';

// RFC 6238 as every authenticator app reads it: HMAC-SHA-1, 6 digits, 30-second steps.
const TOTP_PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
// One step either side absorbs clock drift and the time it takes to type the code.
const ALLOWED_DRIFT_STEPS = 1;
const ISSUER = 'Pathways';
const SECRET_BYTES = 20; // 160 bits, the size RFC 4226 recommends for HMAC-SHA-1

/** A new random secret, in base32 (what authenticator apps accept for manual entry). */
export const newTotpSecret = (): string => new Secret({ size: SECRET_BYTES }).base32;

/** The otpauth:// URI that authenticator apps read from the QR code. */
export function otpauthUriOf(secretBase32: string, accountName: string): string {
  return new TOTP({
    issuer: ISSUER,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    ...TOTP_PARAMETERS,
  }).toString();
}

/** The URI as a QR code: an SVG data URL, so the browser shows it as a plain <img>. */
export function qrCodeDataUrlOf(uri: string): string {
  const svg = renderSVG(uri, { border: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/**
 * The time step a code belongs to (30 s since the epoch), or null when it matches no step within
 * the allowed drift. The caller refuses a step it has already accepted (replay).
 */
export function matchTotpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = TOTP.validate({
    token: code,
    secret: Secret.fromBase32(secretBase32),
    timestamp: now,
    window: ALLOWED_DRIFT_STEPS,
    ...TOTP_PARAMETERS,
  });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_PARAMETERS.period, timestamp: now }) + delta;
}
