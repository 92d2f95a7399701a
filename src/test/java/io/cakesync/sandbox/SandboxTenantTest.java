package io.cakesync.sandbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTenantTest {

    private final SandboxTenant tenant = Acme.tenant();

    @Test
    void findsUsersByEmailIgnoringCase() {
        assertThat(tenant.userIdByEmail("boris@acme.EXAMPLE")).hasValue(Acme.BORIS);
        assertThat(tenant.userIdByEmail("nobody@acme.example")).isEmpty();
    }

    @Test
    void letsTestsChangeMembershipDirectlyEvenInReadOnlyGroups() {
        tenant.addMember(Acme.OKTA, Acme.DAVID);
        tenant.removeMember(Acme.OKTA, Acme.ANNA);

        assertThat(tenant.members(Acme.OKTA)).containsExactly(Acme.DAVID);
    }

    @Test
    void handsOutMemberSnapshotsNotLiveViews() {
        var before = tenant.members(Acme.SALES);

        tenant.addMember(Acme.SALES, Acme.DAVID);

        assertThat(before).containsExactly(Acme.ANNA);
        assertThatThrownBy(() -> before.add(Acme.BORIS)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesMembershipsOfUnknownUsersOrGroups() {
        assertThatThrownBy(() -> tenant.addMember(Acme.SALES, Acme.NOBODY)).hasMessageContaining("unknown user");
        assertThatThrownBy(() -> tenant.addMember(Acme.NOBODY, Acme.ANNA)).hasMessageContaining("unknown group");
    }

    @Test
    void refusesIdsThatAreNotUuidsAndDuplicates() {
        assertThatThrownBy(() -> tenant.addUser("u1", "U", "u@acme.example", "Active", "User"))
                .hasMessageContaining("UUID");
        assertThatThrownBy(() -> tenant.addGroup(Acme.SALES, "Again", "Cakewalk"))
                .hasMessageContaining("duplicate group id");
    }
}
