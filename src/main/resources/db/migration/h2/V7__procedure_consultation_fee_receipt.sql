-- The agencies a linked procedure (một cửa liên thông) consults through LGSP, from the catalogue
-- field "consultations": agency code (vn.gov.commune.catalogue.ConsultationAgency), working days
-- to answer, what the agency does for the dossier.
CREATE TABLE IF NOT EXISTS procedure_consultation (
  procedure_version_id BIGINT NOT NULL,
  consultation_order INTEGER NOT NULL,
  agency_code CHARACTER VARYING(32) NOT NULL,
  within_working_days INTEGER NOT NULL,
  purpose CHARACTER VARYING(300) NOT NULL,
  PRIMARY KEY (procedure_version_id, consultation_order),
  CONSTRAINT fk_procedure_consultation_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id)
);

-- The fee receipt of a payment confirmed by the payment platform is kept as a document of the dossier.
ALTER TABLE dossier_document ALTER COLUMN type ENUM('APOLOGY', 'FEE_RECEIPT', 'PLAN_REPORT', 'PROCESS_CONTROL', 'RECEIPT', 'REFUSAL', 'RESULT', 'STOP_NOTICE', 'SUPPLEMENT_REQUEST') NOT NULL;
