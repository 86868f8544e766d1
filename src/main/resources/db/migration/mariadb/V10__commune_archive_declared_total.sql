-- Issue 14 (Cockpit "Giám sát"): how many archive documents the commune declared it holds, the base of
-- the digitised share shown against the 30% target; null until an administrator sets it
-- (PUT /api/admin/communes/{communeId}/archive-total).
ALTER TABLE commune ADD COLUMN IF NOT EXISTS archive_declared_total bigint(20) DEFAULT NULL;
