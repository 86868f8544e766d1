-- Issue 16 (3): the plan's measurable objectives (mục tiêu) as indicators of the plan, each bound to a
-- live measure (indicator) or followed by hand (indicator NULL, the sentence in description).
CREATE TABLE work_plan_indicator (
  id bigint(20) NOT NULL AUTO_INCREMENT,
  plan_id bigint(20) NOT NULL,
  indicator enum('DATA_REUSE_SHARE','ELECTRONIC_RESULT_SHARE','FULLY_ONLINE_SHARE','ON_TIME_SHARE') DEFAULT NULL,
  description varchar(1000) NOT NULL,
  target_value double DEFAULT NULL,
  target_unit varchar(64) DEFAULT NULL,
  target_text varchar(200) DEFAULT NULL,
  confirmed bit(1) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_work_plan_indicator_plan (plan_id),
  CONSTRAINT fk_work_plan_indicator_plan FOREIGN KEY (plan_id) REFERENCES work_plan (id)
) ENGINE=InnoDB;

-- Issue 16 (5): the task of a parent plan (province plan, 02-KH/BCĐTW) that a commune task implements.
ALTER TABLE work_plan_task ADD COLUMN parent_task_id bigint(20) DEFAULT NULL;
CREATE INDEX ix_work_plan_task_parent ON work_plan_task(parent_task_id);
ALTER TABLE work_plan_task ADD CONSTRAINT fk_work_plan_task_parent FOREIGN KEY (parent_task_id) REFERENCES work_plan_task (id);
