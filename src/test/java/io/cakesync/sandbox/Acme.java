package io.cakesync.sandbox;

/** A small tenant whose ids are easy to read in assertion messages. */
final class Acme {

    static final String ADMIN = "00000000-0000-4000-8000-000000000001";
    static final String ANNA = "00000000-0000-4000-8000-000000000002";
    static final String BORIS = "00000000-0000-4000-8000-000000000003";
    static final String CLARA = "00000000-0000-4000-8000-000000000004";
    static final String DAVID = "00000000-0000-4000-8000-000000000005";
    static final String SALES = "00000000-0000-4000-9000-000000000001";
    static final String OKTA = "00000000-0000-4000-9000-000000000002";
    static final String NOBODY = "00000000-0000-4000-8000-0000000000ff";

    private Acme() {}

    static SandboxTenant tenant() {
        SandboxTenant tenant = new SandboxTenant();
        tenant.addUser(ADMIN, "Sync Bot", "sync-bot@acme.example", "Active", "Admin");
        tenant.addUser(ANNA, "Anna Abel", "anna@acme.example", "Active", "User");
        tenant.addUser(BORIS, "Boris Brandt", "Boris@Acme.example", "Invited", "User");
        tenant.addUser(CLARA, "Clara Cruz", "clara@acme.example", "Deactivated", "User");
        tenant.addUser(DAVID, "David Dorn", "david@acme.example", "Active", "User");
        tenant.addGroup(SALES, "Sales EMEA", "Cakewalk");
        tenant.addGroup(OKTA, "Okta Everyone", "Okta");
        tenant.addMember(SALES, ANNA);
        tenant.addMember(OKTA, ANNA);
        return tenant;
    }

    static String addBody(String... userIds) {
        return "{\"userIds\":[\"" + String.join("\",\"", userIds) + "\"],\"triggeredByUserId\":\"" + ADMIN
                + "\",\"implicitlyApproveRequests\":true}";
    }
}
