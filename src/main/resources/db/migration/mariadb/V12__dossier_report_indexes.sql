-- Issue 14 point 6: the province-wide report (GET /api/reports/dossiers without communeId, as an
-- administrator) filters on a period of received_at, processed_at, stopped_at or rated_at without a
-- commune, and on the open statuses; the V8 indexes all begin with competent_commune_id and do not serve
-- it, so each of its seven aggregate queries read the whole dossier table. Measured with
-- .ci/benchmark/run on 100,000 dossiers in 100 communes: a month's province report read about 740,000
-- rows, with these indexes about 70,000 (README, "Benchmark").
CREATE INDEX IF NOT EXISTS ix_dossier_received_at ON dossier(received_at);
CREATE INDEX IF NOT EXISTS ix_dossier_processed_at ON dossier(processed_at);
CREATE INDEX IF NOT EXISTS ix_dossier_stopped_at ON dossier(stopped_at);
CREATE INDEX IF NOT EXISTS ix_dossier_rated_at ON dossier(rated_at);
CREATE INDEX IF NOT EXISTS ix_dossier_status_commune ON dossier(status, competent_commune_id);
-- "data entered once" (reuse): whether a received dossier has a component from national data or the
-- data store, answered from the index alone
CREATE INDEX IF NOT EXISTS ix_component_dossier_source ON dossier_component(dossier_code, source);
