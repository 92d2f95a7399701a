package io.cakesync.source;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person an HR event names: by employee id (trimmed) or by email (normalized), exactly one of them.
 * A reference only says whom to re-read; what HR says about them comes from the source.
 */
public record PersonRef(String employeeId, String email) {

    public PersonRef {
        if ((employeeId == null) == (email == null)) {
            throw new IllegalArgumentException("a person is named by an employee id or by an email, not both");
        }
    }

    public static PersonRef byEmployeeId(String employeeId) {
        return new PersonRef(employeeId.strip(), null);
    }

    public static PersonRef byEmail(String email) {
        return new PersonRef(null, Emails.normalize(email));
    }

    /** The employee ids these references name. */
    public static Set<String> employeeIds(Collection<PersonRef> people) {
        return people.stream()
                .map(PersonRef::employeeId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** The emails these references name. */
    public static Set<String> emails(Collection<PersonRef> people) {
        return people.stream().map(PersonRef::email).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        return employeeId != null ? "employee " + employeeId : email;
    }
}
