package io.cakesync.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.cakesync.reconcile.vocabulary.Outcome;

/**
 * Identifies the held part of a plan: the same changes give the same digest, whatever order they
 * were planned in. An approval applies a plan only if its held changes still have the approved digest.
 */
final class PlanDigest {

    private PlanDigest() {}

    static String ofHeld(Plan plan) {
        String lines = plan.changes().stream()
                .filter(c -> c.outcome() == Outcome.HELD)
                .map(c -> c.groupId() + "|" + c.action() + "|" + c.userId() + "|" + c.email())
                .sorted()
                .reduce("", (a, b) -> a + b + "\n");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(lines.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
