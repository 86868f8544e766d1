-- The process model that reviews and approves a dossier of the procedure (catalogue field
-- "processingProcess"); NULL = the default model dossier-processing.
ALTER TABLE procedure_version ADD COLUMN IF NOT EXISTS processing_process varchar(64) DEFAULT NULL;
