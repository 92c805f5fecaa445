-- Audit chains per country, and signed chain heads (ASVS V16).
--
-- Each event now belongs to one chain: its country code, or 'global' for events without a
-- country (sign-ins, user management). Appends lock only their own chain, so requests of
-- different countries never queue on one chain head. `chain_seq` numbers the events of a chain
-- 1, 2, 3…; the global `seq` stays as the order of insertion across chains.
--
-- Events written before this migration keep their hashes untouched as one closed chain,
-- 'legacy' (the old global chain, still verified with the old hash form, which did not cover
-- chain fields). Re-linking them into country chains would mean recomputing every hash, i.e.
-- rewriting the very evidence the chain exists to protect. Nothing is appended to 'legacy'; the
-- server signs its head at the first start after this migration, like any other chain's.
ALTER TABLE audit_events ADD COLUMN chain text;
ALTER TABLE audit_events ADD COLUMN chain_seq bigint;

UPDATE audit_events AS e
SET chain = 'legacy', chain_seq = ordered.position
FROM (SELECT seq, row_number() OVER (ORDER BY seq) AS position FROM audit_events) AS ordered
WHERE ordered.seq = e.seq;

ALTER TABLE audit_events ALTER COLUMN chain SET NOT NULL;
ALTER TABLE audit_events ALTER COLUMN chain_seq SET NOT NULL;
-- Also the index of every append (the chain's last event) and of verification (walk in order).
ALTER TABLE audit_events ADD CONSTRAINT audit_events_chain_position UNIQUE (chain, chain_seq);

-- Signed chain heads: HMAC-SHA256 (key PATHWAYS_AUDIT_KEY, never in the database) over chain,
-- last chain_seq, last hash and signing time, written by the server's sealer a few seconds
-- after events, and also written to the log (and PATHWAYS_AUDIT_HEAD_FILE). Verification checks
-- the chain against every head: a cut-off tail or a rewritten-and-recomputed chain no longer
-- matches a head, and a head cannot be forged without the key. Rows are only ever inserted.
CREATE TABLE audit_chain_heads (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  chain text NOT NULL,
  last_seq bigint NOT NULL,
  last_hash text NOT NULL,
  signed_at timestamptz NOT NULL,
  mac text NOT NULL,
  -- Two servers sealing the same head at once store it once.
  CONSTRAINT audit_chain_heads_position UNIQUE (chain, last_seq)
);
