-- SPDX-License-Identifier: EUPL-1.2
-- Retention (issue 8): when the retention job anonymised a closed household (fresh pseudonym,
-- dates and integration details removed). PostgreSQL 15 compatible.
ALTER TABLE households ADD COLUMN anonymised_at timestamptz;
CREATE INDEX households_closed_idx ON households (closed_at) WHERE closed_at IS NOT NULL AND anonymised_at IS NULL;
