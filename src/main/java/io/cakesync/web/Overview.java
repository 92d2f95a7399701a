package io.cakesync.web;

import java.time.Instant;
import java.util.List;

import io.cakesync.audit.RunActivity;
import io.cakesync.audit.RunView;

/**
 * The top of the run list: how recently a run succeeded, when the next one comes, what waits for
 * an admin, and charts of the last {@link Overviews#DAYS} days. {@code nextRun} is null when the
 * schedule is off; {@code lastSuccess} and {@code deferred} are null before the first such run.
 */
public record Overview(
        RunActivity.Mark lastSuccess,
        Instant nextRun,
        List<RunView> held,
        RunActivity.Deferred deferred,
        List<Chart> charts) {}
