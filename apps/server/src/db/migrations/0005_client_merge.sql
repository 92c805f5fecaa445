-- Merging duplicate records: the duplicate keeps its row (status 'merged', pointing at the
-- survivor) so every reference to it can be traced; its history moves to the survivor.
ALTER TABLE clients DROP CONSTRAINT clients_status_check;
ALTER TABLE clients ADD CONSTRAINT clients_status_check CHECK (status IN ('active', 'closed', 'merged'));
ALTER TABLE clients ADD COLUMN merged_into_id uuid;
ALTER TABLE clients ADD CONSTRAINT clients_merged_into_fkey
  FOREIGN KEY (country_code, merged_into_id) REFERENCES clients (country_code, id);
ALTER TABLE clients ADD CONSTRAINT clients_merged_consistent CHECK ((status = 'merged') = (merged_into_id IS NOT NULL));

ALTER TABLE client_events DROP CONSTRAINT client_events_kind_check;
ALTER TABLE client_events ADD CONSTRAINT client_events_kind_check
  CHECK (kind IN ('closed', 'reopened', 'transferred', 'merged'));
