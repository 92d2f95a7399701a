package io.cakesync.web;

import javax.sql.DataSource;

import io.cakesync.reconcile.RunReport;
import io.cakesync.reconcile.SyncRunner;
import io.cakesync.reconcile.Trigger;
import io.cakesync.sandbox.SandboxTenant;
import io.cakesync.testing.History;
import io.cakesync.testing.Tenant;

import static io.cakesync.testing.Tenant.id;

/**
 * A small company audited twice: a dry run, then a first live run that adds Amy to Team and holds
 * the removal of Ben (a leaver) because nothing was synced before.
 */
record AdminScenario(SandboxTenant tenant, RunReport dryRun, RunReport held) {
    static final String TEAM = id(301);
    static final String SALES = id(302);
    static final String AMY = id(31);
    static final String BEN = id(32);
    static final String CARL = id(33);

    static AdminScenario start(DataSource dataSource, SyncRunner runner) {
        History.forget(dataSource);
        SandboxTenant tenant = Tenant.reset();
        tenant.addGroup(TEAM, "Team", "Cakewalk");
        tenant.addGroup(SALES, "Sales EMEA", "Cakewalk");
        tenant.addUser(AMY, "Amy", "amy@acme.example", "Active", "User");
        tenant.addUser(BEN, "Ben", "ben@acme.example", "Active", "User");
        tenant.addUser(CARL, "Carl", "carl@acme.example", "Active", "User");
        tenant.addMember(TEAM, BEN);
        tenant.addMember(SALES, CARL);
        Tenant.mapping("groups:\n  - group: Team\n    departments: [Team]\n"
                + "  - group: Sales EMEA\n    departments: [Sales EMEA]\n");
        Tenant.hr(
                "E31,Amy@Acme.example,Amy,A,Team,active",
                "E32,ben@acme.example,Ben,B,Team,terminated",
                "E33,carl@acme.example,Carl,C,Sales EMEA,active");
        RunReport dry = runner.runNow(Trigger.CLI, true).orElseThrow();
        RunReport held = runner.runNow(Trigger.CLI, false).orElseThrow();
        return new AdminScenario(tenant, dry, held);
    }
}
