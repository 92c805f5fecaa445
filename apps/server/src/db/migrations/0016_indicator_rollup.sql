-- People and sessions counted from a rollup of the counselling sessions, kept up to date in the
-- same transaction as every write that changes them (apps/server/src/indicators/rollup.repo.ts;
-- docs/ARCHITECTURE.md, "Indicators and events"). One row per client, year and centre: the
-- client's sex, group and year of birth copied, a 12-bit mask of the months with a session and
-- the sessions of each month. People over any whole months of a year are then a count of rows:
-- no join, no DISTINCT.
--
-- A client seen at one centre in a year has one row, which counts the whole year (is_whole). A
-- client seen at several centres that year has a row per centre (is_whole false) and one more
-- without a centre adding them up (is_whole true): a country counts its is_whole rows, a centre
-- the rows of that centre, and nobody is counted twice.

CREATE TABLE indicator_client_years (
  country_code text NOT NULL,
  year smallint NOT NULL,
  client_id uuid NOT NULL,
  centre_id uuid,
  is_whole boolean NOT NULL,
  sex text NOT NULL,
  client_group text NOT NULL,
  birth_year integer,
  -- Bit m-1 is set when the client had a session in month m.
  months integer NOT NULL CHECK (months BETWEEN 1 AND 4095),
  -- Sessions per month: columns, not an array (reading twelve columns is twice as fast).
  sessions_01 smallint NOT NULL,
  sessions_02 smallint NOT NULL,
  sessions_03 smallint NOT NULL,
  sessions_04 smallint NOT NULL,
  sessions_05 smallint NOT NULL,
  sessions_06 smallint NOT NULL,
  sessions_07 smallint NOT NULL,
  sessions_08 smallint NOT NULL,
  sessions_09 smallint NOT NULL,
  sessions_10 smallint NOT NULL,
  sessions_11 smallint NOT NULL,
  sessions_12 smallint NOT NULL,
  CHECK (is_whole OR centre_id IS NOT NULL),
  FOREIGN KEY (country_code, client_id) REFERENCES clients (country_code, id) ON DELETE CASCADE
);
-- The refresh replaces a client's rows; NULLS NOT DISTINCT allows one centre-less row per year.
CREATE UNIQUE INDEX indicator_client_years_key ON indicator_client_years
  (country_code, client_id, year, centre_id) NULLS NOT DISTINCT;
CREATE INDEX indicator_client_years_whole_idx ON indicator_client_years (country_code, year)
  WHERE is_whole;
CREATE INDEX indicator_client_years_centre_idx ON indicator_client_years (country_code, year, centre_id)
  WHERE centre_id IS NOT NULL;

-- What the rows are, from the raw tables: the one definition, read by the refresh (filtered to
-- one client; the filter reaches the sessions index through the views) and by the backfill.

-- Per client, year and centre; `centres`: at how many centres the client was seen that year.
CREATE VIEW indicator_client_centre_years AS
  SELECT s.country_code, s.client_id, extract(year FROM s.held_on)::smallint AS year, s.centre_id,
    bit_or(1 << (extract(month FROM s.held_on)::int - 1)) AS months,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 1)::smallint AS sessions_01,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 2)::smallint AS sessions_02,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 3)::smallint AS sessions_03,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 4)::smallint AS sessions_04,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 5)::smallint AS sessions_05,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 6)::smallint AS sessions_06,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 7)::smallint AS sessions_07,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 8)::smallint AS sessions_08,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 9)::smallint AS sessions_09,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 10)::smallint AS sessions_10,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 11)::smallint AS sessions_11,
    count(*) FILTER (WHERE extract(month FROM s.held_on) = 12)::smallint AS sessions_12,
    count(*) OVER (PARTITION BY s.country_code, s.client_id, extract(year FROM s.held_on)::smallint) AS centres
  FROM counselling_sessions s
  GROUP BY s.country_code, s.client_id, extract(year FROM s.held_on)::smallint, s.centre_id;

-- The rollup's rows, with the client's attributes as they are now.
CREATE VIEW indicator_client_years_source AS
  SELECT r.country_code, r.year, r.client_id, r.centre_id, r.is_whole,
    c.sex, c.client_group, c.birth_year, r.months, r.sessions_01, r.sessions_02, r.sessions_03, r.sessions_04, r.sessions_05, r.sessions_06, r.sessions_07, r.sessions_08, r.sessions_09, r.sessions_10, r.sessions_11, r.sessions_12
  FROM (
    SELECT country_code, client_id, year, centre_id, centres = 1 AS is_whole, months, sessions_01, sessions_02, sessions_03, sessions_04, sessions_05, sessions_06, sessions_07, sessions_08, sessions_09, sessions_10, sessions_11, sessions_12
    FROM indicator_client_centre_years
    UNION ALL
    SELECT country_code, client_id, year, NULL, true, bit_or(months),
      sum(sessions_01)::smallint,
      sum(sessions_02)::smallint,
      sum(sessions_03)::smallint,
      sum(sessions_04)::smallint,
      sum(sessions_05)::smallint,
      sum(sessions_06)::smallint,
      sum(sessions_07)::smallint,
      sum(sessions_08)::smallint,
      sum(sessions_09)::smallint,
      sum(sessions_10)::smallint,
      sum(sessions_11)::smallint,
      sum(sessions_12)::smallint
    FROM indicator_client_centre_years WHERE centres > 1
    GROUP BY country_code, client_id, year
  ) r
  JOIN clients c ON c.country_code = r.country_code AND c.id = r.client_id;

-- Backfill from the sessions recorded so far.
INSERT INTO indicator_client_years SELECT * FROM indicator_client_years_source;
