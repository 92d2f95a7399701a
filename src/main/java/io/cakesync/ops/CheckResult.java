package io.cakesync.ops;

/** One row of the {@code check} table. Only FAIL makes the command exit non-zero. */
public record CheckResult(String check, Verdict verdict, String detail) {

    public enum Verdict {
        PASS,
        WARN,
        FAIL,
        SKIPPED
    }

    static CheckResult pass(String check, String detail) {
        return new CheckResult(check, Verdict.PASS, detail);
    }

    static CheckResult warn(String check, String detail) {
        return new CheckResult(check, Verdict.WARN, detail);
    }

    static CheckResult fail(String check, String detail) {
        return new CheckResult(check, Verdict.FAIL, detail);
    }

    static CheckResult skipped(String check, String detail) {
        return new CheckResult(check, Verdict.SKIPPED, detail);
    }
}
