-- A saved plan's result as zlib-deflated JSON: a plan of 10,000 holdings is about 2 MB of JSON text and
-- 0.2 MB deflated, so a new plan writes a tenth as much and the file grows a tenth as fast. Plans saved
-- before keep their text in `plan`; a row has one of the two.
ALTER TABLE saved_plan ADD COLUMN plan_deflated ${large_binary};
ALTER TABLE saved_plan ALTER COLUMN plan DROP NOT NULL;
