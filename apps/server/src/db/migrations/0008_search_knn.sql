-- Name search by nearest neighbours: GiST trigram indexes return the closest names first, so a
-- bounded candidate set holds the likeliest matches however common a name is. The GIN indexes
-- of 0002 answered "similar enough" in no order, and a cut of that set dropped true matches at
-- scale (recall@10 of 5 % at a million clients, measured with bench/src/search.ts).
DROP INDEX clients_search_latin_trgm_idx;
DROP INDEX clients_search_skeleton_trgm_idx;
DROP INDEX clients_search_tokens_idx;
ALTER TABLE clients DROP COLUMN search_tokens;
CREATE INDEX clients_search_latin_knn_idx ON clients USING gist (search_latin gist_trgm_ops);
CREATE INDEX clients_search_skeleton_knn_idx ON clients USING gist (search_skeleton gist_trgm_ops);
