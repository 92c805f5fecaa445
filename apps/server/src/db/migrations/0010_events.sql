-- Group events and outreach: information sessions, job fairs, school and community outreach,
-- online sessions. Participants are counted (by sex and age group), not named; registered
-- clients who attended may be linked. Tenant tables: country_code leads every key.

CREATE TABLE group_events (
  country_code text NOT NULL,
  id uuid NOT NULL,
  centre_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('information_session', 'job_fair', 'school_outreach',
    'community_outreach', 'online_session', 'other')),
  title text NOT NULL,
  held_on date NOT NULL,
  topics text[] NOT NULL CHECK (cardinality(topics) > 0),
  channel text NOT NULL CHECK (channel IN ('in_person', 'online', 'hybrid')),
  location text,
  notes text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, centre_id) REFERENCES centres (country_code, id)
);
CREATE INDEX group_events_period_idx ON group_events (country_code, held_on, centre_id);

CREATE TABLE group_event_partners (
  country_code text NOT NULL,
  event_id uuid NOT NULL,
  partner_organisation_id uuid NOT NULL,
  PRIMARY KEY (country_code, event_id, partner_organisation_id),
  FOREIGN KEY (country_code, event_id) REFERENCES group_events (country_code, id) ON DELETE CASCADE,
  FOREIGN KEY (country_code, partner_organisation_id) REFERENCES partner_organisations (country_code, id)
);

-- One row per sex and age group with at least one participant.
CREATE TABLE group_event_participants (
  country_code text NOT NULL,
  event_id uuid NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  age_group text NOT NULL CHECK (age_group IN ('under_15', '15_24', '25_34', '35_44', '45_plus', 'unknown')),
  participants integer NOT NULL CHECK (participants > 0),
  PRIMARY KEY (country_code, event_id, sex, age_group),
  FOREIGN KEY (country_code, event_id) REFERENCES group_events (country_code, id) ON DELETE CASCADE
);

-- Registered clients who attended. They are among the participants counted above, which is how
-- "people reached" counts nobody twice.
CREATE TABLE group_event_attendees (
  country_code text NOT NULL,
  event_id uuid NOT NULL,
  client_id uuid NOT NULL,
  PRIMARY KEY (country_code, event_id, client_id),
  FOREIGN KEY (country_code, event_id) REFERENCES group_events (country_code, id) ON DELETE CASCADE,
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id)
);
CREATE INDEX group_event_attendees_client_idx ON group_event_attendees (country_code, client_id);
