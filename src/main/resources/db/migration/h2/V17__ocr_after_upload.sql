-- Issue 15 point 3: OCR of a citizen's scan runs as a job after the upload is answered (ScanOcr);
-- until it has run, the digitisation record says so. A scan that OCR then shows to carry a secrecy
-- mark is taken off its component, which is marked REFUSED (appended last: an in-place change).
ALTER TABLE dg_record ADD COLUMN IF NOT EXISTS ocr_pending boolean DEFAULT false NOT NULL;
ALTER TABLE dossier_component ALTER COLUMN source ENUM('DATA_STORE', 'NATIONAL_DATA', 'ONLINE', 'PAPER', 'SCANNED', 'SUPPLEMENT', 'REFUSED') NOT NULL;
