-- Partners' details and data-sharing agreements, offers (measures), and referrals with their
-- status history. Tenant tables: country_code leads every key and every foreign key.

ALTER TABLE partner_organisations
  ADD COLUMN website text,
  ADD COLUMN description text,
  ADD COLUMN contacts jsonb NOT NULL DEFAULT '[]',
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- Days after which a sent, unanswered referral counts as overdue: set per country.
ALTER TABLE countries
  ADD COLUMN referral_overdue_days integer NOT NULL DEFAULT 7
  CHECK (referral_overdue_days BETWEEN 1 AND 90);

CREATE TABLE data_sharing_agreements (
  country_code text NOT NULL,
  id uuid NOT NULL,
  partner_organisation_id uuid NOT NULL,
  signed_on date NOT NULL,
  expires_on date NOT NULL,
  purposes text[] NOT NULL CHECK (purposes <@ ARRAY['referrals', 'outcome_feedback', 'follow_up', 'statistics']
    AND cardinality(purposes) > 0),
  reference text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, partner_organisation_id) REFERENCES partner_organisations (country_code, id),
  CHECK (expires_on > signed_on)
);
CREATE INDEX data_sharing_agreements_partner_idx ON data_sharing_agreements (country_code, partner_organisation_id);

CREATE TABLE offers (
  country_code text NOT NULL,
  id uuid NOT NULL,
  partner_organisation_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('vocational_training', 'qualification',
    'pre_integration_language_course', 'job_search_support', 'job_placement', 'business_start_up',
    'psychosocial_support', 'health', 'shelter_emergency', 'reintegration_assistance',
    'recognition_support', 'information_event')),
  -- Empty: every centre of the country refers to it.
  centre_ids uuid[] NOT NULL DEFAULT '{}',
  -- {"en": …, "fr": …, "ar": …}; English always present.
  title jsonb NOT NULL CHECK (title ? 'en'),
  description jsonb NOT NULL DEFAULT '{}',
  eligibility jsonb NOT NULL DEFAULT '{}',
  capacity integer CHECK (capacity > 0),
  -- Decremented by enrolment in the same statement that checks it: never below zero.
  seats_left integer CHECK (seats_left >= 0),
  schedule jsonb NOT NULL DEFAULT '{}',
  starts_on date,
  ends_on date,
  cost jsonb,
  delivery_mode text NOT NULL CHECK (delivery_mode IN ('in_person', 'online', 'hybrid')),
  languages text[] NOT NULL,
  location jsonb,
  status text NOT NULL CHECK (status IN ('draft', 'active', 'paused', 'closed')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  UNIQUE (id),
  FOREIGN KEY (country_code, partner_organisation_id) REFERENCES partner_organisations (country_code, id),
  CHECK ((capacity IS NULL) = (seats_left IS NULL)),
  CHECK (seats_left IS NULL OR seats_left <= capacity)
);
CREATE INDEX offers_country_status_idx ON offers (country_code, status, category);
CREATE INDEX offers_partner_idx ON offers (country_code, partner_organisation_id);

CREATE TABLE referrals (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  centre_id uuid NOT NULL,
  partner_organisation_id uuid NOT NULL,
  offer_id uuid,
  consent_id uuid NOT NULL,
  reason text NOT NULL,
  shared_fields text[] NOT NULL,
  -- The shared fields as they were when sent: what the partner sees. NULL while a draft, and
  -- again once consent is withdrawn or the client erased (redacted_at says when).
  shared_snapshot jsonb,
  redacted_at timestamptz,
  status text NOT NULL CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'enrolled',
    'completed', 'dropped_out', 'no_show', 'cancelled')),
  decline_reason text,
  outcome text CHECK (outcome IN ('certificate_obtained', 'job', 'business_started',
    'migrated_regularly', 'other')),
  feedback text,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  answered_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id),
  FOREIGN KEY (country_code, centre_id) REFERENCES centres (country_code, id),
  FOREIGN KEY (country_code, partner_organisation_id) REFERENCES partner_organisations (country_code, id),
  FOREIGN KEY (country_code, offer_id) REFERENCES offers (country_code, id),
  FOREIGN KEY (country_code, consent_id) REFERENCES consents (country_code, id),
  CHECK ((status = 'completed') = (outcome IS NOT NULL)),
  CHECK ((status = 'draft') = (sent_at IS NULL))
);
CREATE INDEX referrals_client_idx ON referrals (country_code, client_id, created_at DESC);
CREATE INDEX referrals_partner_idx ON referrals (partner_organisation_id, status, updated_at DESC);
CREATE INDEX referrals_centre_status_idx ON referrals (country_code, centre_id, status, sent_at);

CREATE TABLE referral_events (
  country_code text NOT NULL,
  id uuid NOT NULL,
  referral_id uuid NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor_id uuid NOT NULL REFERENCES users (id),
  actor_side text NOT NULL CHECK (actor_side IN ('centre', 'partner')),
  reason text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, referral_id) REFERENCES referrals (country_code, id)
);
CREATE INDEX referral_events_referral_idx ON referral_events (country_code, referral_id, at);
