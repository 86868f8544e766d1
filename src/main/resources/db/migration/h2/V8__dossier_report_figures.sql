-- Issue 14: the figures of the dossier reports (GET /api/reports/dossiers) and the plan indicators.
-- result_delivered_at: when the signed electronic result reached the citizen's data store (DeliverResult);
-- rated_at / rating_channel: when and where the citizen's satisfaction rating was given (ONLINE through
-- the portal, COUNTER recorded by the clerk).
ALTER TABLE dossier ADD COLUMN result_delivered_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE dossier ADD COLUMN rated_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE dossier ADD COLUMN rating_channel ENUM('COUNTER', 'ONLINE', 'POST');

-- Backfill from the append-only history: the delivery and rating entries already there.
UPDATE dossier d SET result_delivered_at =
    (SELECT MIN(h.at) FROM dossier_history h WHERE h.dossier_code = d.code AND h.action = 'DELIVERY')
  WHERE d.result_delivered_at IS NULL;
UPDATE dossier d SET rated_at =
    COALESCE((SELECT MIN(h.at) FROM dossier_history h WHERE h.dossier_code = d.code AND h.action = 'RATING'), d.returned_at)
  WHERE d.rating IS NOT NULL AND d.rated_at IS NULL;
-- until now only the portal could rate
UPDATE dossier SET rating_channel = 'ONLINE' WHERE rating IS NOT NULL AND rating_channel IS NULL;

-- The report's queries: one commune's dossiers received, processed or rated in a period.
CREATE INDEX ix_dossier_competent_received ON dossier(competent_commune_id, received_at);
CREATE INDEX ix_dossier_competent_processed ON dossier(competent_commune_id, processed_at);
CREATE INDEX ix_dossier_competent_rated ON dossier(competent_commune_id, rated_at);
