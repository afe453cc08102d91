-- SPDX-License-Identifier: EUPL-1.2
-- Siting (issue 4): the inhabited-area criterion also weighs the CBS address density
-- (omgevingsadressendichtheid) around the site, a measure of its own beside the population density.
-- PostgreSQL 15 compatible.
ALTER TABLE siting_criteria DROP CONSTRAINT siting_criteria_measure_check;
ALTER TABLE siting_criteria ADD CONSTRAINT siting_criteria_measure_check CHECK (measure IN (
  'size_curve', 'population_density', 'address_density', 'facility_distance', 'cost_per_place', 'time_to_realise', 'entered'));
