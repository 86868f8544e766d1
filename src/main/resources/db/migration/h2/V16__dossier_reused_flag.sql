-- Issue 14 point 6: the reuse figure ("data entered once") of a year's province report checked, for each
-- received dossier, whether one of its components came from a national database or the citizen's data
-- store (an index probe into dossier_component per dossier: most of the 311 ms p95 at 100,000 dossiers).
-- The dossier now keeps that answer in a column of its own, set by ComponentRepository whenever one of
-- its components is saved or removed, and the received figures (received, online, fully online, reused)
-- are read in one pass of one covering index.
ALTER TABLE dossier ADD COLUMN reused boolean DEFAULT false NOT NULL;
UPDATE dossier d SET reused = true
 WHERE EXISTS (SELECT 1 FROM dossier_component k
                WHERE k.dossier_code = d.code AND k.source IN ('NATIONAL_DATA', 'DATA_STORE'));
DROP INDEX IF EXISTS ix_dossier_report_received;
CREATE INDEX ix_dossier_report_received
  ON dossier(competent_commune_id, procedure_code, procedure_name, received_at, channel, service_level, reused);
