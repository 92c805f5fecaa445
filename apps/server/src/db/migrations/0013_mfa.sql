-- Second factor: TOTP (RFC 6238) with single-use recovery codes, sign-ins waiting for their
-- code, and sessions limited to setting up a second factor (ASVS V6.5, V6.6, V7).

-- One TOTP secret per user. The secret is stored only as AES-256-GCM ciphertext bound to the
-- user id (key from PATHWAYS_MFA_KEY). `confirmed_at` stays NULL until the first code proves the
-- authenticator app holds the secret; `last_used_step` refuses a code seen once already.
CREATE TABLE user_mfa (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_encrypted text NOT NULL,
  confirmed_at timestamptz,
  last_used_step bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Ten codes per user, each hashed with argon2id like a password (about 50 bits each: too few
-- for a plain hash, ASVS 6.5.2); a used code keeps its row with `used_at` set.
CREATE TABLE mfa_recovery_codes (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX mfa_recovery_codes_user_idx ON mfa_recovery_codes (user_id);

-- Between the right password and the right code: a short-lived token (stored as its SHA-256)
-- in a cookie of its own; a few wrong codes and the sign-in starts again from the password.
CREATE TABLE mfa_pending_logins (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0
);
CREATE INDEX mfa_pending_logins_user_idx ON mfa_pending_logins (user_id);

-- A user who must use a second factor but has none gets a session that reaches only the
-- enrolment routes until one is confirmed.
ALTER TABLE sessions ADD COLUMN mfa_enrolment_only boolean NOT NULL DEFAULT false;
