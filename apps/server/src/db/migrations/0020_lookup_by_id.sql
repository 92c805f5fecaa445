-- Opening a client or a referral by its id (GET /api/clients/:id, every referral write and read)
-- looks it up by id alone: the URL carries no country, and a centre's scope names centres, not
-- countries. The primary keys lead with country_code, so before PostgreSQL 18's skip scans such a
-- lookup read the whole primary-key index (4–8 ms per request at 100,000 clients, ten times that at
-- a million; bench/src/load.ts). Ids are UUIDv7 and unique across countries: a plain index on them
-- answers in one probe. Distributed by country (Citus), each shard keeps its own.
CREATE INDEX clients_id_idx ON clients (id);
CREATE INDEX referrals_id_idx ON referrals (id);
