-- Stored results of the pathway navigator: the profile as entered, the rule-pack version used,
-- the evaluation date, and the result, so a counsellor can show later what was said and why.
CREATE TABLE pathway_assessments (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  pack_id text NOT NULL,
  pack_version text NOT NULL,
  evaluated_on date NOT NULL,
  profile jsonb NOT NULL,
  result jsonb NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id)
);
CREATE INDEX pathway_assessments_client_idx ON pathway_assessments (country_code, client_id, created_at DESC);
