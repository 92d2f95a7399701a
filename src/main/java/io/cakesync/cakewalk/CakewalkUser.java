package io.cakesync.cakewalk;

/** A Cakewalk user as listed by the API. {@code email} is as Cakewalk returned it (not normalized). */
public record CakewalkUser(String id, String name, String email, String statusName) {}
