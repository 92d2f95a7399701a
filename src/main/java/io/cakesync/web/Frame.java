package io.cakesync.web;

import java.util.List;

import io.cakesync.audit.RunView;

/**
 * What every page shows around its content: who is signed in, and what needs attention now.
 * {@code forms} is false on an error page, which may answer a request whose CSRF token was never made.
 */
public record Frame(String user, boolean operator, RunView running, List<RunView> held, boolean forms) {}
