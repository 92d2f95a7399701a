package io.cakesync.source;

/** One finding of a cheap look at a source: an item (auth, one page, a field's permission) and its verdict. */
public record Probe(String item, Verdict verdict, String detail) {

    public enum Verdict {
        PASS,
        WARN,
        FAIL
    }

    public static Probe pass(String item, String detail) {
        return new Probe(item, Verdict.PASS, detail);
    }

    public static Probe warn(String item, String detail) {
        return new Probe(item, Verdict.WARN, detail);
    }

    public static Probe fail(String item, String detail) {
        return new Probe(item, Verdict.FAIL, detail);
    }
}
