-- Foundation: reference data (countries, centres), partner organisations, users, memberships,
-- sessions, login throttling and the audit trail. Written for PostgreSQL 15 and PGlite (18).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE countries (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  name text NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'handed_over')),
  ui_languages text[] NOT NULL,
  partner_institution text NOT NULL
);

CREATE TABLE centres (
  id uuid PRIMARY KEY,
  country_code text NOT NULL REFERENCES countries (code),
  code text NOT NULL,
  name text NOT NULL,
  city text NOT NULL,
  operator text NOT NULL,
  time_zone text NOT NULL,
  languages text[] NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'handed_over')),
  UNIQUE (country_code, code),
  -- Tenant tables reference a centre together with its country (the distribution key).
  UNIQUE (country_code, id)
);

-- Partner organisations are tenant data: country_code is part of the key so that a
-- distributed database (Citus, by country) needs no schema rewrite.
CREATE TABLE partner_organisations (
  country_code text NOT NULL REFERENCES countries (code),
  id uuid NOT NULL,
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('ministry', 'public_employment_service', 'tvet_institution',
    'language_school', 'ngo', 'private_employer', 'multilateral', 'eu_programme',
    'diaspora_organisation', 'microfinance', 'health_psychosocial')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  UNIQUE (id)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'fr', 'ar')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'country_manager', 'centre_manager', 'counsellor',
    'partner_staff', 'analyst', 'auditor')),
  scope_type text NOT NULL CHECK (scope_type IN ('all', 'country', 'centre', 'partner')),
  country_code text REFERENCES countries (code),
  centre_id uuid REFERENCES centres (id),
  partner_organisation_id uuid REFERENCES partner_organisations (id),
  -- The scope columns must match the scope type: nothing more, nothing less.
  CHECK (
    (scope_type = 'all' AND country_code IS NULL AND centre_id IS NULL AND partner_organisation_id IS NULL)
    OR (scope_type = 'country' AND country_code IS NOT NULL AND centre_id IS NULL AND partner_organisation_id IS NULL)
    OR (scope_type = 'centre' AND country_code IS NOT NULL AND centre_id IS NOT NULL AND partner_organisation_id IS NULL)
    OR (scope_type = 'partner' AND country_code IS NOT NULL AND centre_id IS NULL AND partner_organisation_id IS NOT NULL)
  )
);
CREATE INDEX memberships_user_idx ON memberships (user_id);
CREATE UNIQUE INDEX memberships_unique_scope ON memberships
  (user_id, role, coalesce(country_code, ''), coalesce(centre_id::text, ''), coalesce(partner_organisation_id::text, ''));

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

-- Failed-login counters live in the database so every server instance sees the same count.
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_started_at timestamptz NOT NULL,
  locked_until timestamptz
);

-- Append-only, hash-chained: each event's hash covers its content and the previous hash.
CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  country_code text,
  ip text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);

INSERT INTO countries (code, name, status, ui_languages, partner_institution) VALUES
  ('MA', 'Morocco', 'active', '{ar,fr}', 'ANAPEC, national employment agency'),
  ('TN', 'Tunisia', 'active', '{ar,fr}', 'ANETI, national employment agency'),
  ('EG', 'Egypt', 'active', '{ar,en}', 'Ministry of Emigration (Egyptian-German Centre, EGC)'),
  ('IQ', 'Iraq', 'active', '{ar,ckb,en}', 'Ministry of Labour and Social Affairs (GMAC)'),
  ('PK', 'Pakistan', 'active', '{ur,en}', 'Overseas Pakistanis Foundation, TEVTA (PGFRC)'),
  ('GH', 'Ghana', 'active', '{en}', 'Ministry of Employment and Labour Relations (GEC)'),
  ('NG', 'Nigeria', 'active', '{en}', 'Federal Ministry of Labour and Employment, Migrant Resource Centres (NGC)'),
  ('JO', 'Jordan', 'active', '{ar,en}', 'Ministry of Labour'),
  ('ID', 'Indonesia', 'active', '{id,en}', 'KP2MI / BP3MI (MOVE-ID)'),
  ('AL', 'Albania', 'handed_over', '{sq,en}', 'National Agency for Employment and Skills'),
  ('GM', 'Gambia', 'handed_over', '{en}', 'Partner ministry'),
  ('XK', 'Kosovo', 'handed_over', '{sq,sr,en}', 'Employment Agency of Kosovo'),
  ('SN', 'Senegal', 'handed_over', '{fr,wo}', 'Partner ministry'),
  ('RS', 'Serbia', 'handed_over', '{sr,en}', 'National Employment Service');

INSERT INTO centres (id, country_code, code, name, city, operator, time_zone, languages, status) VALUES
  ('01a21e13-0a60-712d-b12a-edb54dd4e78a', 'MA', 'CAS', 'Centre for Migration and Development – Casablanca', 'Casablanca', 'ANAPEC with GIZ', 'Africa/Casablanca', '{ar,fr}', 'active'),
  ('01a21e13-0a61-7391-99cb-99a0d488dd9f', 'TN', 'TUN', 'Centre for Migration and Development – Tunis', 'Tunis', 'ANETI with GIZ', 'Africa/Tunis', '{ar,fr}', 'active'),
  ('01a21e13-0a61-7391-99cb-9efaef160f8e', 'EG', 'CAI', 'Egyptian-German Centre for Jobs, Migration and Reintegration (EGC)', 'Cairo', 'Ministry of Emigration with GIZ', 'Africa/Cairo', '{ar,en}', 'active'),
  ('01a21e13-0a61-7391-99cb-a31564975754', 'IQ', 'EBL', 'German-Iraqi Centre for Jobs, Migration and Reintegration (GMAC) – Erbil', 'Erbil', 'Ministry of Labour and Social Affairs with GIZ', 'Asia/Baghdad', '{ar,ckb,en}', 'active'),
  ('01a21e13-0a61-7391-99cb-a6a051bfbb6e', 'IQ', 'BGW', 'German-Iraqi Centre for Jobs, Migration and Reintegration (GMAC) – Baghdad', 'Baghdad', 'Ministry of Labour and Social Affairs with GIZ', 'Asia/Baghdad', '{ar,en}', 'active'),
  ('01a21e13-0a61-7391-99cb-a9b68f462067', 'PK', 'LHE', 'Pakistani-German Facilitation and Reintegration Centre (PGFRC) – Lahore', 'Lahore', 'TEVTA with GIZ', 'Asia/Karachi', '{ur,en}', 'active'),
  ('01a21e13-0a61-7391-99cb-adfd8203af56', 'PK', 'ISB', 'PGFRC desk at the Overseas Pakistanis Foundation – Islamabad', 'Islamabad', 'Overseas Pakistanis Foundation with GIZ', 'Asia/Karachi', '{ur,en}', 'active'),
  ('01a21e13-0a61-7391-99cb-b127fd4740e2', 'GH', 'ACC', 'Ghanaian-European Centre for Jobs, Migration and Reintegration (GEC)', 'Accra', 'Ministry of Employment and Labour Relations with GIZ', 'Africa/Accra', '{en}', 'active'),
  ('01a21e13-0a61-7391-99cb-b6697171f47b', 'NG', 'ABV', 'Nigerian-German Centre for Jobs, Migration and Reintegration (NGC) – Abuja', 'Abuja', 'Federal Ministry of Labour and Employment with GIZ', 'Africa/Lagos', '{en}', 'active'),
  ('01a21e13-0a61-7391-99cb-bae812002984', 'NG', 'LOS', 'Nigerian-German Centre for Jobs, Migration and Reintegration (NGC) – Lagos', 'Lagos', 'Federal Ministry of Labour and Employment with GIZ', 'Africa/Lagos', '{en}', 'active'),
  ('01a21e13-0a61-7391-99cb-bdaa3c4ae983', 'NG', 'BNI', 'Nigerian-German Centre for Jobs, Migration and Reintegration (NGC) – Benin City', 'Benin City', 'Federal Ministry of Labour and Employment with GIZ', 'Africa/Lagos', '{en}', 'active'),
  ('01a21e13-0a62-75a8-9f6b-87d0a60e69b5', 'JO', 'AMM', 'Centre for Migration and Development – Amman', 'Amman', 'Ministry of Labour with GIZ', 'Asia/Amman', '{ar,en}', 'active'),
  ('01a21e13-0a62-75a8-9f6b-8a0f352441fe', 'ID', 'BDO', 'Centre for Migration and Development – Bandung (MOVE-ID)', 'Bandung', 'KP2MI / BP3MI with GIZ', 'Asia/Jakarta', '{id,en}', 'active'),
  ('01a21e13-0a62-75a8-9f6b-8da68c37aec6', 'ID', 'AMI', 'Centre for Migration and Development – Mataram (MOVE-ID)', 'Mataram', 'KP2MI / BP3MI with GIZ', 'Asia/Makassar', '{id,en}', 'active'),
  ('01a21e13-0a62-75a8-9f6b-9083bd8d61c8', 'AL', 'TIA', 'Centre for Migration and Development – Tirana', 'Tirana', 'National Agency for Employment and Skills', 'Europe/Tirane', '{sq,en}', 'handed_over'),
  ('01a21e13-0a62-75a8-9f6b-97f320957b09', 'GM', 'BJL', 'Centre for Migration and Development – Banjul', 'Banjul', 'Partner ministry', 'Africa/Banjul', '{en}', 'handed_over'),
  ('01a21e13-0a62-75a8-9f6b-9a948a0b9852', 'XK', 'PRN', 'Centre for Migration and Development – Pristina', 'Pristina', 'Employment Agency of Kosovo', 'Europe/Belgrade', '{sq,sr,en}', 'handed_over'),
  ('01a21e13-0a62-75a8-9f6b-9d66a9b52e61', 'SN', 'DKR', 'Centre for Migration and Development – Dakar', 'Dakar', 'Partner ministry', 'Africa/Dakar', '{fr,wo}', 'handed_over'),
  ('01a21e13-0a62-75a8-9f6b-a234ad8c1c50', 'RS', 'BEG', 'Centre for Migration and Development – Belgrade', 'Belgrade', 'National Employment Service', 'Europe/Belgrade', '{sr,en}', 'handed_over');
