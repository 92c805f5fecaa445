-- Data-subject rights and retention: a client's personal data can be erased (on request, or by
-- the retention job once a closed case is old enough) while the row stays for statistics. An
-- erased row keeps its case code, sex, birth year, country, centre, group and dates; names,
-- contact and identity go (apps/server/src/data-subject/erasure.repo.ts lists every column).

ALTER TABLE clients DROP CONSTRAINT clients_status_check;
ALTER TABLE clients ADD CONSTRAINT clients_status_check
  CHECK (status IN ('active', 'closed', 'merged', 'erased'));

-- When, by whom (NULL: the retention job) and why. A merged duplicate of an erased survivor gets
-- erased_at too (its status stays 'merged', so the merge can still be traced).
ALTER TABLE clients ADD COLUMN erased_at timestamptz;
ALTER TABLE clients ADD COLUMN erased_by uuid REFERENCES users (id);
ALTER TABLE clients ADD COLUMN erasure_reason text
  CHECK (erasure_reason IN ('data_subject_request', 'consent_withdrawn', 'registered_in_error', 'retention_period', 'other'));
ALTER TABLE clients ADD CONSTRAINT clients_erased_consistent
  CHECK ((erased_at IS NULL) = (erasure_reason IS NULL) AND (status <> 'erased' OR erased_at IS NOT NULL));

-- A name is required, except once the personal data is erased.
ALTER TABLE clients DROP CONSTRAINT clients_check1;
ALTER TABLE clients ADD CONSTRAINT clients_named_unless_erased
  CHECK (erased_at IS NOT NULL OR coalesce(given_name, middle_name, family_name) IS NOT NULL);

-- A guardian's consent names the guardian (the API insists); erasure removes the name and keeps
-- the fact that a guardian consented.
ALTER TABLE consents DROP CONSTRAINT consents_guardian_named;
ALTER TABLE consents ADD CONSTRAINT consents_guardian_named
  CHECK (given_by = 'guardian' OR guardian_name IS NULL);

-- Closed cases are anonymised this many years after they were closed (npm run retention).
ALTER TABLE countries
  ADD COLUMN retention_years integer NOT NULL DEFAULT 5 CHECK (retention_years BETWEEN 1 AND 100);

-- The retention job looks for closed cases by country; erased ones drop out of the index.
CREATE INDEX clients_closed_idx ON clients (country_code, centre_id) WHERE status = 'closed';
