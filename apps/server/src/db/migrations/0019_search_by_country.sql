-- Nearest names within one country, and within a birth-year window: the GiST trigram index of
-- 0008 ordered every country's names together, so a nearest-name scan for one country walked a
-- tree of all of them (p95 of 220–830 ms at a million clients in bench/src/search.ts). With the
-- country and the birth year as leading keys (btree_gist), the same scan stays inside the country
-- and, when the draft has a birth year, inside the window: 5–8 ms at p95 with a year, 25–45 ms
-- without. The Latin-spelling index served no query of the product (only the benchmark's naive
-- baseline, which now builds its own), so it goes too.
CREATE EXTENSION IF NOT EXISTS btree_gist;
DROP INDEX clients_search_latin_knn_idx;
DROP INDEX clients_search_skeleton_knn_idx;
CREATE INDEX clients_search_skeleton_knn_idx
  ON clients USING gist (country_code, birth_year, search_skeleton gist_trgm_ops);
