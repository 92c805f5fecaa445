-- Family links (spouse, children, household) and consent given by a guardian for a minor.
ALTER TABLE consents ADD COLUMN given_by text NOT NULL DEFAULT 'client' CHECK (given_by IN ('client', 'guardian'));
ALTER TABLE consents ADD COLUMN guardian_name text;
ALTER TABLE consents ADD CONSTRAINT consents_guardian_named CHECK ((given_by = 'guardian') = (guardian_name IS NOT NULL));

CREATE TABLE client_family_links (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  relation text NOT NULL CHECK (relation IN ('spouse', 'child', 'parent', 'sibling', 'guardian', 'household_member')),
  -- Either another registered client of the same country, or just a name.
  related_client_id uuid,
  related_name text,
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id),
  FOREIGN KEY (country_code, related_client_id) REFERENCES clients (country_code, id),
  CHECK ((related_client_id IS NULL) <> (related_name IS NULL))
);
CREATE INDEX client_family_links_client_idx ON client_family_links (country_code, client_id);
