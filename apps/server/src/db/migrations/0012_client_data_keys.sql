-- Encryption at rest (envelope): each client's sensitive fields are sealed with AES-256-GCM under a
-- data key of that client; the data key is stored here only wrapped by a key of the country, which
-- lives in configuration (PATHWAYS_COUNTRY_KEYS) or a KMS, never in the database. Erasing the key
-- (wrapped_key set to NULL, the row kept as a tombstone) makes every field it sealed unreadable; a
-- later key for the same client gets the next data_key_version, so old ciphertexts are recognised
-- as erased rather than mistaken for tampering.
CREATE TABLE client_data_keys (
  country_code text NOT NULL,
  client_id uuid NOT NULL,
  -- The country key version that wraps the data key (rotation rewraps under the newest).
  key_version integer NOT NULL CHECK (key_version > 0),
  -- The data key's generation, bound into every field it seals (re-encryption makes a new one).
  data_key_version integer NOT NULL DEFAULT 1 CHECK (data_key_version > 0),
  wrapped_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  erased_at timestamptz,
  CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL)),
  PRIMARY KEY (country_code, client_id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id)
);
CREATE INDEX client_data_keys_version_idx ON client_data_keys (country_code, key_version);

-- Sensitive session notes move to a sealed column. SQL cannot encrypt (the keys are not in the
-- database), so notes written before this migration stay in `body` until the server's start-up
-- step seals them and clears `body` (apps/server/src/crypto/seal-legacy.ts); new notes never
-- touch `body`. Exactly one of the two is set.
ALTER TABLE session_sensitive_notes ALTER COLUMN body DROP NOT NULL;
ALTER TABLE session_sensitive_notes ADD COLUMN body_ciphertext text;
ALTER TABLE session_sensitive_notes
  ADD CONSTRAINT session_sensitive_notes_sealed_or_legacy CHECK ((body IS NULL) <> (body_ciphertext IS NULL));
