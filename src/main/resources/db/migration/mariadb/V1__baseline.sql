-- The product's own tables as commune-workflow e5ceffa created them with Hibernate ddl-auto=update
-- on MariaDB 10.11 (taken from mariadb-dump --no-data). Camunda's ACT_* tables are Camunda's.
-- A database created by that version is baselined at this version instead (baseline-on-migrate).

CREATE TABLE calendar_change (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  action enum('REMOVE_OVERRIDE','SET_DAY_OFF','SET_WORKING_DAY') NOT NULL,
  actor varchar(64) NOT NULL,
  changed_at datetime(6) NOT NULL,
  day_date date NOT NULL,
  previous_state varchar(600) NOT NULL,
  reason varchar(500) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE calendar_override (
  day_date date NOT NULL,
  changed_at datetime(6) NOT NULL,
  changed_by varchar(64) NOT NULL,
  reason varchar(500) NOT NULL,
  working_day bit(1) NOT NULL,
  PRIMARY KEY (day_date)
) ENGINE=InnoDB;

CREATE TABLE commune (
  id varchar(64) NOT NULL,
  agency_code varchar(64) DEFAULT NULL,
  name varchar(200) NOT NULL,
  province varchar(200) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE dg_archive_item (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  collection_id bigint(20) NOT NULL,
  message varchar(1000) DEFAULT NULL,
  path varchar(700) NOT NULL,
  processed_at datetime(6) NOT NULL,
  reason enum('BUSY','CORRUPT','DISGUISED','EMPTY','ENCRYPTED','STATE_SECRET','TEXT_TOO_LONG','TIMEOUT','TOO_DEEP','TOO_LARGE','TOO_MANY_PAGES','TYPE_NOT_ALLOWED','ZIP_BOMB') DEFAULT NULL,
  record_id bigint(20) DEFAULT NULL,
  sha256 varchar(64) DEFAULT NULL,
  status enum('DONE','REFUSED') NOT NULL,
  PRIMARY KEY (id),
  KEY ix_dg_item_coll_sha (collection_id,sha256)
) ENGINE=InnoDB;

CREATE TABLE dg_collection (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  commune_id varchar(64) DEFAULT NULL,
  done_files int(11) NOT NULL,
  eta_seconds bigint(20) DEFAULT NULL,
  finished_at datetime(6) DEFAULT NULL,
  folder varchar(1000) NOT NULL,
  name varchar(64) NOT NULL,
  rate double NOT NULL,
  refused_files int(11) NOT NULL,
  skipped_files int(11) NOT NULL,
  started_at datetime(6) DEFAULT NULL,
  started_by varchar(64) DEFAULT NULL,
  status enum('DONE','FAILED','INTERRUPTED','RUNNING') NOT NULL,
  total_files int(11) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dg_collection_name (name)
) ENGINE=InnoDB;

CREATE TABLE dg_content (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  image_count int(11) NOT NULL,
  media_type varchar(100) NOT NULL,
  page_count int(11) NOT NULL,
  sha256 varchar(64) NOT NULL,
  size bigint(20) NOT NULL,
  storage_key varchar(100) NOT NULL,
  stored_at datetime(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dg_content_sha (sha256)
) ENGINE=InnoDB;

CREATE TABLE dg_record (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  collection varchar(64) DEFAULT NULL,
  component_code varchar(40) DEFAULT NULL,
  component_id bigint(20) DEFAULT NULL,
  digitised_at datetime(6) NOT NULL,
  digitised_by varchar(64) NOT NULL,
  dossier_code varchar(40) DEFAULT NULL,
  file_name varchar(255) DEFAULT NULL,
  file_type varchar(16) NOT NULL,
  folded longtext DEFAULT NULL,
  image_count int(11) NOT NULL,
  kind enum('ARCHIVE','COMPONENT') NOT NULL,
  ocr_done bit(1) NOT NULL,
  ocr_note varchar(500) DEFAULT NULL,
  page_count int(11) NOT NULL,
  personal_id varchar(12) DEFAULT NULL,
  reused bit(1) NOT NULL,
  reused_from bigint(20) DEFAULT NULL,
  sha256 varchar(64) NOT NULL,
  source_path varchar(700) DEFAULT NULL,
  text longtext DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_dg_record_dossier (dossier_code),
  KEY ix_dg_record_person_sha (personal_id,sha256),
  KEY ix_dg_record_sha (sha256)
) ENGINE=InnoDB;

CREATE TABLE dossier (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  apology_issued_at datetime(6) DEFAULT NULL,
  apology_reason varchar(2000) DEFAULT NULL,
  applicant_address varchar(500) DEFAULT NULL,
  applicant_email varchar(200) DEFAULT NULL,
  applicant_name varchar(200) NOT NULL,
  applicant_personal_id varchar(12) NOT NULL,
  applicant_phone varchar(20) DEFAULT NULL,
  application_data text DEFAULT NULL,
  appointment_at datetime(6) DEFAULT NULL,
  channel enum('COUNTER','ONLINE','POST') NOT NULL,
  code varchar(40) NOT NULL,
  competent_commune_id varchar(64) NOT NULL,
  copies int(11) NOT NULL,
  fee bigint(20) NOT NULL,
  idempotency_key varchar(100) DEFAULT NULL,
  original_appointment_at datetime(6) DEFAULT NULL,
  pages int(11) NOT NULL,
  paid_at datetime(6) DEFAULT NULL,
  payment_id varchar(64) DEFAULT NULL,
  population_mismatches varchar(2000) DEFAULT NULL,
  procedure_code varchar(40) NOT NULL,
  procedure_name varchar(300) NOT NULL,
  procedure_version int(11) NOT NULL,
  process_instance_id varchar(64) DEFAULT NULL,
  processed_at datetime(6) DEFAULT NULL,
  rating int(11) DEFAULT NULL,
  rating_comment varchar(1000) DEFAULT NULL,
  received_at datetime(6) DEFAULT NULL,
  receiving_commune_id varchar(64) NOT NULL,
  result_signature_id varchar(64) DEFAULT NULL,
  result_summary varchar(2000) DEFAULT NULL,
  result_type enum('APPROVED','REFUSED') DEFAULT NULL,
  returned_at datetime(6) DEFAULT NULL,
  row_version bigint(20) NOT NULL,
  service_level varchar(32) NOT NULL,
  status enum('NOT_RECEIVED','PAYMENT_REQUESTED','PROCESSED','PROCESSING','RECEIVED','REGISTERED','RESULT_RETURNED','STOPPED','SUPPLEMENT_REQUESTED','WITHDRAWAL_REQUESTED') NOT NULL,
  status_sequence int(11) NOT NULL,
  stopped_at datetime(6) DEFAULT NULL,
  submitted_at datetime(6) NOT NULL,
  submitted_by varchar(64) NOT NULL,
  supplement_request varchar(2000) DEFAULT NULL,
  supplement_requested_at datetime(6) DEFAULT NULL,
  supplement_rounds int(11) NOT NULL,
  supplemented_at datetime(6) DEFAULT NULL,
  verification_required bit(1) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dossier_code (code),
  UNIQUE KEY uk_dossier_idempotency (submitted_by,idempotency_key),
  KEY ix_dossier_receiving (receiving_commune_id),
  KEY ix_dossier_competent (competent_commune_id)
) ENGINE=InnoDB;

CREATE TABLE dossier_code_counter (
  prefix varchar(60) NOT NULL,
  last_number int(11) NOT NULL,
  PRIMARY KEY (prefix)
) ENGINE=InnoDB;

CREATE TABLE dossier_component (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  added_at datetime(6) DEFAULT NULL,
  added_by varchar(64) DEFAULT NULL,
  component_code varchar(40) NOT NULL,
  content_type varchar(100) DEFAULT NULL,
  dossier_code varchar(40) NOT NULL,
  file_name varchar(255) DEFAULT NULL,
  name varchar(300) NOT NULL,
  sha256 varchar(64) DEFAULT NULL,
  size bigint(20) DEFAULT NULL,
  source enum('DATA_STORE','NATIONAL_DATA','ONLINE','PAPER','SCANNED','SUPPLEMENT') NOT NULL,
  storage_key varchar(200) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_component_dossier (dossier_code)
) ENGINE=InnoDB;

CREATE TABLE dossier_document (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  dossier_code varchar(40) NOT NULL,
  file_name varchar(255) NOT NULL,
  issued_at datetime(6) NOT NULL,
  issued_by varchar(64) NOT NULL,
  sha256 varchar(64) NOT NULL,
  size bigint(20) NOT NULL,
  storage_key varchar(200) NOT NULL,
  type enum('APOLOGY','PLAN_REPORT','PROCESS_CONTROL','RECEIPT','REFUSAL','RESULT','STOP_NOTICE','SUPPLEMENT_REQUEST') NOT NULL,
  PRIMARY KEY (id),
  KEY ix_document_dossier (dossier_code)
) ENGINE=InnoDB;

CREATE TABLE dossier_history (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  action varchar(32) NOT NULL,
  actor varchar(64) NOT NULL,
  at datetime(6) NOT NULL,
  dossier_code varchar(40) NOT NULL,
  from_status enum('NOT_RECEIVED','PAYMENT_REQUESTED','PROCESSED','PROCESSING','RECEIVED','REGISTERED','RESULT_RETURNED','STOPPED','SUPPLEMENT_REQUESTED','WITHDRAWAL_REQUESTED') DEFAULT NULL,
  message varchar(2000) NOT NULL,
  reason varchar(2000) DEFAULT NULL,
  step varchar(100) DEFAULT NULL,
  to_status enum('NOT_RECEIVED','PAYMENT_REQUESTED','PROCESSED','PROCESSING','RECEIVED','REGISTERED','RESULT_RETURNED','STOPPED','SUPPLEMENT_REQUESTED','WITHDRAWAL_REQUESTED') DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_history_dossier (dossier_code)
) ENGINE=InnoDB;

CREATE TABLE dossier_notification (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  commune_id varchar(64) NOT NULL,
  created_at datetime(6) NOT NULL,
  dossier_code varchar(40) NOT NULL,
  group_id varchar(64) NOT NULL,
  message varchar(1000) NOT NULL,
  type varchar(32) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_notification_commune (commune_id,group_id)
) ENGINE=InnoDB;

CREATE TABLE org_unit (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  code varchar(32) NOT NULL,
  name varchar(200) NOT NULL,
  commune_id varchar(64) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY UK2elghywit83rch3cwfxt8i50w (commune_id,code),
  CONSTRAINT FKraat9c7tgypiyn96ommfg83gu FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE=InnoDB;

CREATE TABLE org_unit_member (
  unit_id bigint(20) NOT NULL,
  user_id varchar(64) DEFAULT NULL,
  KEY FKsn7xydnetdg69osehop0ihlgw (unit_id),
  CONSTRAINT FKsn7xydnetdg69osehop0ihlgw FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB;

CREATE TABLE plan_evidence (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  content_type varchar(128) NOT NULL,
  file_name varchar(255) NOT NULL,
  report_id bigint(20) NOT NULL,
  size bigint(20) NOT NULL,
  stored_as varchar(255) NOT NULL,
  task_id bigint(20) NOT NULL,
  uploaded_at datetime(6) NOT NULL,
  uploaded_by varchar(64) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_evidence_report (report_id)
) ENGINE=InnoDB;

CREATE TABLE plan_history (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  action varchar(32) NOT NULL,
  actor varchar(64) NOT NULL,
  at datetime(6) NOT NULL,
  message varchar(2000) NOT NULL,
  new_value varchar(500) DEFAULT NULL,
  old_value varchar(500) DEFAULT NULL,
  plan_id bigint(20) NOT NULL,
  reason varchar(2000) DEFAULT NULL,
  task_id bigint(20) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_plan_history_plan (plan_id),
  KEY ix_plan_history_task (task_id)
) ENGINE=InnoDB;

CREATE TABLE plan_notification (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  commune_id varchar(64) NOT NULL,
  created_at datetime(6) NOT NULL,
  group_id varchar(64) DEFAULT NULL,
  message varchar(1000) NOT NULL,
  task_id bigint(20) NOT NULL,
  type varchar(32) NOT NULL,
  user_id varchar(64) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_plan_notification_task (task_id)
) ENGINE=InnoDB;

CREATE TABLE plan_progress_report (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  decided_at datetime(6) DEFAULT NULL,
  decided_by varchar(64) DEFAULT NULL,
  decision varchar(16) NOT NULL,
  decision_reason varchar(2000) DEFAULT NULL,
  indicator_value double DEFAULT NULL,
  period varchar(16) NOT NULL,
  submitted_at datetime(6) NOT NULL,
  submitted_by varchar(64) NOT NULL,
  task_id bigint(20) NOT NULL,
  text varchar(4000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_progress_task (task_id)
) ENGINE=InnoDB;

CREATE TABLE procedure_version (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  approving_group varchar(64) NOT NULL,
  catalogue_version varchar(32) NOT NULL,
  code varchar(32) NOT NULL,
  content_hash varchar(64) NOT NULL,
  fee_amount bigint(20) NOT NULL,
  fee_description varchar(500) NOT NULL,
  fee_rule enum('CERTIFY_COPY','FIXED','FREE','PER_COPY') NOT NULL,
  field_name varchar(200) NOT NULL,
  legal_basis varchar(2000) NOT NULL,
  legal_working_days int(11) NOT NULL,
  loaded_at datetime(6) NOT NULL,
  name varchar(500) NOT NULL,
  national_code varchar(32) DEFAULT NULL,
  payment_platform bit(1) NOT NULL,
  payment_within_days int(11) NOT NULL,
  processing_group varchar(64) NOT NULL,
  service_level enum('FULL_ONLINE','PARTIAL_ONLINE') NOT NULL,
  source_note varchar(2000) DEFAULT NULL,
  supplement_clock enum('PAUSE','RESTART') NOT NULL,
  supplement_within_days int(11) NOT NULL,
  verification_working_days int(11) DEFAULT NULL,
  procedure_version_no int(11) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_procedure_version_code_no (code,procedure_version_no)
) ENGINE=InnoDB;

CREATE TABLE procedure_component (
  procedure_version_id bigint(20) NOT NULL,
  component_code varchar(32) NOT NULL,
  file_types varchar(100) DEFAULT NULL,
  component_name varchar(500) NOT NULL,
  national_data_source varchar(64) DEFAULT NULL,
  is_required bit(1) NOT NULL,
  component_order int(11) NOT NULL,
  PRIMARY KEY (procedure_version_id,component_order),
  CONSTRAINT FKsiab5bu50fi305sbxw6ioteab FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id)
) ENGINE=InnoDB;

CREATE TABLE work_plan (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  commune_id varchar(64) NOT NULL,
  created_at datetime(6) NOT NULL,
  created_by varchar(64) NOT NULL,
  ends_on date DEFAULT NULL,
  issued_on date DEFAULT NULL,
  issuing_body varchar(300) DEFAULT NULL,
  monthly_due_day int(11) NOT NULL,
  number varchar(64) NOT NULL,
  parent_plan_numbers varchar(500) DEFAULT NULL,
  review_process_instance_id varchar(64) DEFAULT NULL,
  row_version bigint(20) NOT NULL,
  status enum('CLOSED','DISCARDED','DRAFT','ISSUED') NOT NULL,
  title varchar(1000) NOT NULL,
  parent_plan_id bigint(20) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_work_plan_commune (commune_id),
  KEY FKnes8avy0ywu3fb5mtslgao195 (parent_plan_id),
  CONSTRAINT FKnes8avy0ywu3fb5mtslgao195 FOREIGN KEY (parent_plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB;

CREATE TABLE work_plan_task (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  code varchar(32) NOT NULL,
  completed_at datetime(6) DEFAULT NULL,
  content varchar(4000) NOT NULL,
  coordinating_units varchar(1000) DEFAULT NULL,
  current_period varchar(16) DEFAULT NULL,
  deadline date DEFAULT NULL,
  deadline_text varchar(300) DEFAULT NULL,
  expected_result varchar(2000) DEFAULT NULL,
  indicator enum('DATA_REUSE_SHARE','ELECTRONIC_RESULT_SHARE','FULLY_ONLINE_SHARE','ON_TIME_SHARE') DEFAULT NULL,
  indicator_target double DEFAULT NULL,
  late_periods int(11) NOT NULL,
  lead_unit_code varchar(32) DEFAULT NULL,
  lead_unit_text varchar(300) DEFAULT NULL,
  officer_id varchar(64) DEFAULT NULL,
  original_deadline date DEFAULT NULL,
  parent_task_ref varchar(300) DEFAULT NULL,
  process_instance_id varchar(64) DEFAULT NULL,
  recurrence_end date DEFAULT NULL,
  recurring bit(1) NOT NULL,
  row_version bigint(20) NOT NULL,
  section varchar(500) DEFAULT NULL,
  status enum('CHUA_THUC_HIEN','DANG_THUC_HIEN_QUA_HAN','DANG_THUC_HIEN_TRONG_HAN','HOAN_THANH_DUNG_HAN','HOAN_THANH_QUA_HAN') NOT NULL,
  plan_id bigint(20) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_work_plan_task_plan (plan_id),
  CONSTRAINT FK9m41rkicjn3qn8lxb5t92d3gb FOREIGN KEY (plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB;
