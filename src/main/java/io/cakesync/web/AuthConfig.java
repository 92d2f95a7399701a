package io.cakesync.web;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Who may use the admin UI and API. One entry per user, {@code name:role:bcrypt-hash}, so that the
 * whole list fits one environment variable ({@code CAKESYNC_AUTH_USERS}); role is {@code viewer} or
 * {@code operator}. With no users, nobody can sign in: the UI and API stay closed.
 */
@ConfigMapping(prefix = "cakesync.auth")
interface AuthConfig {
    Optional<List<String>> users();
}
