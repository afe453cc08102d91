-- SPDX-License-Identifier: EUPL-1.2
-- Read log (issue 8): reads of the household itself (/households/…) and of its match profile
-- (/matching/households/…/profile) are logged too, so every route that returns one household's
-- data leaves a row. PostgreSQL 15 compatible.
ALTER TABLE household_reads DROP CONSTRAINT household_reads_purpose_check;
ALTER TABLE household_reads ADD CONSTRAINT household_reads_purpose_check
  CHECK (purpose IN ('record', 'tracks', 'export', 'referrals', 'household', 'match_profile'));
