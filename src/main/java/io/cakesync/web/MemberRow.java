package io.cakesync.web;

/** A member of a group's snapshot: who they are, what HR and Cakewalk say, and why they are in the group. */
public record MemberRow(
        String name,
        String email,
        String userId,
        String employeeId,
        String hr,
        String cakewalkStatus,
        String reason,
        boolean byRule) {}
