package io.cakesync.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.cakesync.approval.Adoption;
import io.cakesync.approval.ApprovalRefused;

/** Adopts a mapped group's current members, so that only HR events (leavers, movers) remove them. */
@Command(name = "adopt", description = "Record a mapped group's current members as known, removing nobody.")
class AdoptCommand implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @Parameters(index = "0", description = "The group's exact name or id, as in the mapping file.")
    String group;

    @Option(names = "--by", description = "Who adopts (default: the operating-system user).")
    String by = System.getProperty("user.name");

    private final Adoption adoption;

    AdoptCommand(Adoption adoption) {
        this.adoption = adoption;
    }

    @Override
    public Integer call() {
        try {
            Adoption.Adopted a = adoption.adopt(group, by);
            System.out.printf("adopted %d member(s) of %s (%s)%n", a.members(), a.groupName(), a.groupId());
            return 0;
        } catch (ApprovalRefused e) {
            System.err.println("Not adopted: " + e.getMessage());
            return 1;
        }
    }
}
