-- Issue 14 point 2: per-step deadline notices. One row per Camunda user task that passed its own due
-- date and was noticed (unique task_id: a notice is sent exactly once, also when two nodes look at once).
CREATE TABLE IF NOT EXISTS step_deadline_notice (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  task_id varchar(64) NOT NULL,
  commune_id varchar(64) NOT NULL,
  dossier_code varchar(40) NOT NULL,
  process_instance_id varchar(64) NOT NULL,
  step_key varchar(100) NOT NULL,
  step_name varchar(255) NOT NULL,
  holder_id varchar(64) DEFAULT NULL,
  due_at datetime(6) NOT NULL,
  noticed_at datetime(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_step_deadline_notice_task (task_id),
  KEY ix_step_deadline_notice_dossier (dossier_code)
) ENGINE=InnoDB;

-- A notice may be addressed to one officer (the unit head of the step's holder) instead of a whole group.
ALTER TABLE dossier_notification ADD COLUMN IF NOT EXISTS user_id varchar(64) DEFAULT NULL;

-- Issue 14 point 5: one push of a commune's figures to the provincial steering dashboard per snapshot
-- (unique commune + version: only one node starts it).
CREATE TABLE IF NOT EXISTS dashboard_push (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  commune_id varchar(64) NOT NULL,
  period varchar(7) NOT NULL,
  snapshot_version bigint(20) NOT NULL,
  process_instance_id varchar(64) DEFAULT NULL,
  created_at datetime(6) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dashboard_push_snapshot (commune_id, snapshot_version)
) ENGINE=InnoDB;
