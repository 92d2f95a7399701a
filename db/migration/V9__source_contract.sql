-- A rejected record is located by whatever its source knows it by ("line 29", "Personio person 1234"),
-- not only by a line of a file. ALTER ... TYPE rewrites the rows without firing the append-only triggers,
-- so the rejections of finished runs keep their meaning ("line 29").
ALTER TABLE source_rejection RENAME COLUMN line TO locator;
ALTER TABLE source_rejection ALTER COLUMN locator TYPE TEXT USING 'line ' || locator;

-- What HR last said of each person beyond the core fields (office, cost centre, ...), for the rules'
-- reasons and the person's page.
ALTER TABLE hr_employee ADD COLUMN attributes JSONB NOT NULL DEFAULT '{}';
