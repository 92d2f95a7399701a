package io.cakesync.source.bamboohr;

/** One employee-list field cakesync reads; {@code use} says what for, in messages (an attribute, or "email"). */
record BamboohrField(String use, String name) {}
