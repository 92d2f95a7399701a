package io.cakesync.reconcile;

import java.util.Map;
import java.util.Optional;

import io.cakesync.reconcile.PlanInput.PreviousEmployee;
import io.cakesync.source.HrRead;

/**
 * Everything a decision needs, read before it is made: the HR read, Cakewalk as read, and what earlier
 * runs left: HR as the last live run saw it (by employee id), the ownership ledger (group id → user id
 * → origin), the headcount of the last successful run (empty before the first), and the held plans
 * still awaiting a decision (digest → the run holding it).
 */
record Inputs(
        HrRead hr,
        CakewalkRead cakewalk,
        Map<String, PreviousEmployee> previous,
        Map<String, Map<String, String>> owned,
        Optional<SourceHealth.Headcount> baseline,
        Map<String, Long> outstanding) {}
