-- Counselling sessions, sensitive notes kept apart, case-plan tasks, and the client's status
-- history (closed, reopened, transferred). All tenant tables keyed by country first.

ALTER TABLE clients ADD COLUMN counsellor_id uuid REFERENCES users (id);
UPDATE clients SET counsellor_id = created_by;
ALTER TABLE clients ALTER COLUMN counsellor_id SET NOT NULL;
ALTER TABLE clients ADD COLUMN closed_reason text;
CREATE INDEX clients_counsellor_idx ON clients (country_code, counsellor_id) WHERE status = 'active';

CREATE TABLE counselling_sessions (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  centre_id uuid NOT NULL,
  counsellor_id uuid NOT NULL REFERENCES users (id),
  held_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('in_person', 'phone', 'video', 'messenger', 'outreach')),
  format text NOT NULL CHECK (format IN ('individual', 'group')),
  topics text[] NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
  notes text NOT NULL DEFAULT '',
  next_steps text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id),
  FOREIGN KEY (country_code, centre_id) REFERENCES centres (country_code, id)
);
CREATE INDEX counselling_sessions_client_idx ON counselling_sessions (country_code, client_id, held_on DESC);

-- Apart from the session so that it can be encrypted and access-restricted on its own.
CREATE TABLE session_sensitive_notes (
  country_code text NOT NULL,
  session_id uuid NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (country_code, session_id),
  FOREIGN KEY (country_code, session_id) REFERENCES counselling_sessions (country_code, id)
);

CREATE TABLE tasks (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  goal text,
  title text NOT NULL,
  due_on date NOT NULL,
  assignee_id uuid NOT NULL REFERENCES users (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id)
);
CREATE INDEX tasks_client_idx ON tasks (country_code, client_id);
CREATE INDEX tasks_open_assignee_idx ON tasks (assignee_id, due_on) WHERE status = 'open';

CREATE TABLE client_events (
  country_code text NOT NULL,
  id uuid NOT NULL,
  client_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('closed', 'reopened', 'transferred')),
  details jsonb NOT NULL DEFAULT '{}',
  actor_id uuid NOT NULL REFERENCES users (id),
  occurred_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (country_code, id),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id)
);
CREATE INDEX client_events_client_idx ON client_events (country_code, client_id);
