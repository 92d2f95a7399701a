package io.cakesync.reconcile;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may be in a group: HR decides by employment status, Cakewalk by user status. Users whose
 * Cakewalk status is ineligible (for example Deactivated) are never added.
 */
record StatusPolicy(boolean keepOnLeave, Set<String> ineligibleCakewalkStatuses) {

    StatusPolicy {
        ineligibleCakewalkStatuses = ineligibleCakewalkStatuses.stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A status Cakewalk did not name (an unknown status id) is ineligible too: never add on a guess. */
    boolean ineligible(String cakewalkStatus) {
        return cakewalkStatus == null
                || ineligibleCakewalkStatuses.contains(cakewalkStatus.trim().toLowerCase(Locale.ROOT));
    }
}
