-- Added after e5ceffa: the request an idempotency key was first used for, staff password history,
-- two-step login enrolments, and the simulators' answers kept across restarts. "IF NOT EXISTS": a
-- database made by a build between e5ceffa and the migrations (Hibernate's update had added these
-- already) is baselined at 1 as well and passes through this step unchanged.

ALTER TABLE dossier ADD COLUMN IF NOT EXISTS request_fingerprint varchar(64) DEFAULT NULL;

CREATE TABLE IF NOT EXISTS password_history (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  created_at datetime(6) NOT NULL,
  hash varchar(255) NOT NULL,
  salt varchar(255) NOT NULL,
  user_id varchar(64) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_password_history_user (user_id)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS two_factor_enrolment (
  user_id varchar(64) NOT NULL,
  enrolled_at datetime(6) NOT NULL,
  enrolled_by varchar(64) NOT NULL,
  last_used_step bigint(20) DEFAULT NULL,
  secret varchar(64) NOT NULL,
  PRIMARY KEY (user_id)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS simulator_answer (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  answer text NOT NULL,
  answered_at datetime(6) NOT NULL,
  idempotency_key varchar(200) NOT NULL,
  operation varchar(32) NOT NULL,
  request_sha256 varchar(64) NOT NULL,
  service varchar(16) NOT NULL,
  subject varchar(200) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_simulator_answer_key (service, idempotency_key),
  KEY ix_simulator_answer_subject (service, operation, subject)
) ENGINE=InnoDB;
