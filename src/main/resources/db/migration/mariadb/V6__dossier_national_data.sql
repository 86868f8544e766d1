-- Once-only data: what the national databases (CSDL dân cư, CSDL hộ tịch) hold about the persons of
-- a dossier, fetched at receipt and attached to the dossier as data with its source and time.
CREATE TABLE dossier_national_data (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  dossier_code varchar(40) NOT NULL,
  component_code varchar(40) NOT NULL,
  source varchar(32) NOT NULL,
  person_role varchar(16) NOT NULL,
  fetched_at datetime(6) NOT NULL,
  data text DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_national_data_dossier (dossier_code)
) ENGINE=InnoDB;
-- Whose data a national-data component is fetched for (catalogue field "nationalDataPersons", e.g.
-- "APPLICANT,SPOUSE"); NULL = the applicant only.
ALTER TABLE procedure_component ADD COLUMN IF NOT EXISTS national_data_persons varchar(64) DEFAULT NULL;
