package io.cakesync.mapping;

import java.nio.file.Path;
import java.util.List;

import io.cakesync.cakewalk.CakewalkGroup;

/**
 * The mapping file's problems without running a sync, for configuration checks: once on its own
 * (at startup, no Cakewalk needed) and once resolved against the tenant's groups ({@code check}).
 */
public final class MappingCheck {

    private MappingCheck() {}

    /** Problems in the file itself, each starting with its line where it has one. */
    public static List<String> problems(Path file) {
        return MappingFile.read(file).problems();
    }

    /** The file's problems plus unknown, ambiguous, read-only and twice-mapped groups. */
    public static List<String> problems(Path file, List<CakewalkGroup> groups) {
        try {
            MappingResolver.load(file, groups);
            return List.of();
        } catch (MappingException e) {
            return e.problems();
        }
    }
}
