-- Clients and their consents. Tenant tables: country_code leads every key and every foreign key
-- between them, so distributing by country needs no schema change.

-- One counter per centre and year, bumped in the registering transaction: case codes stay
-- gap-tolerant but unique, even with many counsellors registering at once.
CREATE TABLE case_code_counters (
  country_code text NOT NULL,
  centre_id uuid NOT NULL,
  year integer NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (country_code, centre_id, year),
  FOREIGN KEY (country_code, centre_id) REFERENCES centres (country_code, id)
);

CREATE TABLE clients (
  country_code text NOT NULL,
  id uuid NOT NULL,
  centre_id uuid NOT NULL,
  case_code text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  version integer NOT NULL DEFAULT 1,
  given_name text,
  middle_name text,
  family_name text,
  given_name_original text,
  middle_name_original text,
  family_name_original text,
  aliases text[] NOT NULL DEFAULT '{}',
  sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  -- As given: 'YYYY-MM-DD' or 'YYYY', with how sure it is; birth_year serves filters and indicators.
  dob_value text,
  dob_precision text CHECK (dob_precision IN ('exact', 'year', 'estimated')),
  birth_year integer,
  id_document_type text,
  id_document_number text,
  phone text,
  phone_has_messenger boolean NOT NULL DEFAULT false,
  nationality text NOT NULL,
  region text,
  education_isced smallint CHECK (education_isced BETWEEN 0 AND 8),
  occupation_isco text,
  work_experience_years numeric(4, 1),
  languages jsonb NOT NULL DEFAULT '[]',
  client_group text NOT NULL CHECK (client_group IN ('prospective_migrant', 'returnee', 'local_job_seeker')),
  intentions jsonb,
  return_details jsonb,
  heard_via text,
  -- Matching keys from @pathways/domain buildSearchKeys: trigram-indexed so that Latin and
  -- Arabic-script spellings of one name find each other before scoring.
  search_latin text NOT NULL,
  search_skeleton text NOT NULL,
  search_tokens text[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  UNIQUE (country_code, case_code),
  FOREIGN KEY (country_code, centre_id) REFERENCES centres (country_code, id),
  CHECK ((dob_value IS NULL) = (dob_precision IS NULL)),
  CHECK (coalesce(given_name, middle_name, family_name) IS NOT NULL)
);
CREATE INDEX clients_centre_recent_idx ON clients (country_code, centre_id, updated_at DESC);
CREATE INDEX clients_search_latin_trgm_idx ON clients USING gin (search_latin gin_trgm_ops);
CREATE INDEX clients_search_skeleton_trgm_idx ON clients USING gin (search_skeleton gin_trgm_ops);
CREATE INDEX clients_search_tokens_idx ON clients USING gin (search_tokens);
CREATE INDEX clients_phone_idx ON clients (country_code, phone) WHERE phone IS NOT NULL;
CREATE INDEX clients_id_document_idx ON clients (country_code, id_document_number) WHERE id_document_number IS NOT NULL;

CREATE TABLE consents (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('counselling', 'follow_up', 'partner_sharing')),
  partner_organisation_id uuid,
  text_version text NOT NULL,
  language text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id),
  FOREIGN KEY (country_code, partner_organisation_id) REFERENCES partner_organisations (country_code, id),
  -- Sharing is consented per named partner; other purposes name none.
  CHECK ((purpose = 'partner_sharing') = (partner_organisation_id IS NOT NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE INDEX consents_client_idx ON consents (country_code, client_id);
