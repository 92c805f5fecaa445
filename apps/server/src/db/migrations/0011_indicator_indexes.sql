-- Indicators are computed from the raw tables on every request (docs/ARCHITECTURE.md,
-- "Indicators"). These indexes let a country's period be read in date order from the index
-- alone: the session's client, centre and channel ride along (topics are read from the table
-- only when a breakdown by topic asks for them).
CREATE INDEX counselling_sessions_period_idx ON counselling_sessions (country_code, held_on)
  INCLUDE (client_id, centre_id, channel);
CREATE INDEX referrals_sent_idx ON referrals (country_code, sent_at) WHERE sent_at IS NOT NULL;
-- The client attributes indicators group by, readable without visiting the wide clients table.
CREATE INDEX clients_indicator_idx ON clients (country_code, id)
  INCLUDE (sex, client_group, birth_year, merged_into_id);
