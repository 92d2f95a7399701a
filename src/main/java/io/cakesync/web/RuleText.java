package io.cakesync.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.cakesync.mapping.Block;
import io.cakesync.mapping.Condition;
import io.cakesync.mapping.Rule;

/**
 * A group's rule in a line of the groups page: "departments Engineering, Platform; office Berlin or
 * München; employment_type not External or Intern", blocks of an {@code any} joined by "or".
 */
final class RuleText {
    private RuleText() {}

    static String of(Rule rule) {
        List<String> parts = new ArrayList<>();
        String blocks = rule.blocks().stream().map(RuleText::block).collect(Collectors.joining(" — or — "));
        if (!blocks.isEmpty()) {
            parts.add(blocks);
        }
        if (!rule.include().isEmpty()) {
            parts.add(Words.count(rule.include().size(), "person", "people") + " included");
        }
        if (!rule.exclude().isEmpty()) {
            parts.add(Words.count(rule.exclude().size(), "person", "people") + " excluded");
        }
        return String.join("; ", parts);
    }

    private static String block(Block b) {
        List<String> parts = new ArrayList<>();
        if (!b.departments().isEmpty()) {
            parts.add((b.departments().size() == 1 ? "department " : "departments ")
                    + b.departments().stream()
                            .map(d -> d.contains(",") ? "\"" + d + "\"" : d)
                            .collect(Collectors.joining(", ")));
        }
        b.conditions().forEach(c -> parts.add(condition(c)));
        return String.join("; ", parts);
    }

    private static String condition(Condition c) {
        String values = String.join(" or ", c.values());
        return switch (c.operator()) {
            case EQUALS -> c.attribute() + " " + values;
            case NOT -> c.attribute() + " not " + values;
            case STARTS_WITH -> c.attribute() + " starting with " + values;
            case EXISTS -> Boolean.parseBoolean(c.values().get(0)) ? "has " + c.attribute() : "no " + c.attribute();
        };
    }
}
