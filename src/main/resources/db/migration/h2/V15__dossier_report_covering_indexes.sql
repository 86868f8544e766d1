-- Issue 14 point 6: the province-wide report (GET /api/reports/dossiers without communeId) over a quarter
-- or a year missed 300 ms at 100,000 dossiers. V12's indexes on one date column each left MariaDB
-- reading most rows of the table and grouping them in a temporary table. DossierFigures now groups by
-- commune, procedure code and procedure name, and each of its queries reads only the columns of one
-- index below: the three that begin with the grouping columns
-- are read in index order (no temporary table, no row read), for one commune only its part of the
-- index; the others are ranges read from the index alone. Measured with .ci/benchmark/run and
-- Handler_read_* (README, "Benchmark").

-- received, online, fully online, and (with code) the dossiers reusing national data
CREATE INDEX ix_dossier_report_received
  ON dossier(competent_commune_id, procedure_code, procedure_name, received_at, channel, service_level, code);
-- finished, on time, approved, electronic results
CREATE INDEX ix_dossier_report_processed
  ON dossier(competent_commune_id, procedure_code, procedure_name, processed_at, original_appointment_at, appointment_at,
             result_type, result_delivered_at);
-- ratings by level and channel
CREATE INDEX ix_dossier_report_rated
  ON dossier(competent_commune_id, procedure_code, procedure_name, rated_at, rating, rating_channel);
-- in progress at the end of a period: not processed (or later), not stopped (or later), received before
CREATE INDEX ix_dossier_report_open
  ON dossier(processed_at, stopped_at, received_at, competent_commune_id, procedure_code, procedure_name,
             original_appointment_at, appointment_at);
-- stopped in a period
CREATE INDEX ix_dossier_report_stopped
  ON dossier(stopped_at, received_at, competent_commune_id, procedure_code, procedure_name);
-- open dossiers by status (report by step, Giám sát)
CREATE INDEX ix_dossier_report_status
  ON dossier(status, competent_commune_id, received_at, processed_at, stopped_at, original_appointment_at, appointment_at,
             procedure_code);
-- V12's single-column indexes that are now the beginning of one above
DROP INDEX ix_dossier_processed_at;
DROP INDEX ix_dossier_stopped_at;
DROP INDEX ix_dossier_status_commune;
