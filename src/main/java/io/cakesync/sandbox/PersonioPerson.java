package io.cakesync.sandbox;

/**
 * An employee of the sandbox Personio tenant, in Personio's own terms: {@code status} is one of
 * active, onboarding, leave, inactive; dates are yyyy-MM-dd; null means no value.
 */
public record PersonioPerson(
        int id,
        String firstName,
        String lastName,
        String email,
        String status,
        String department,
        String office,
        String position,
        String employmentType,
        String subcompany,
        String costCenter,
        Integer supervisorId,
        String hireDate,
        String terminationDate) {

    /** A person with only the fields cakesync needs; the attributes empty. */
    public static PersonioPerson of(int id, String email, String status, String department) {
        return new PersonioPerson(
                id,
                "First" + id,
                "Last" + id,
                email,
                status,
                department,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public PersonioPerson withStatus(String newStatus) {
        return new PersonioPerson(
                id,
                firstName,
                lastName,
                email,
                newStatus,
                department,
                office,
                position,
                employmentType,
                subcompany,
                costCenter,
                supervisorId,
                hireDate,
                terminationDate);
    }

    public PersonioPerson withDepartment(String newDepartment) {
        return new PersonioPerson(
                id,
                firstName,
                lastName,
                email,
                status,
                newDepartment,
                office,
                position,
                employmentType,
                subcompany,
                costCenter,
                supervisorId,
                hireDate,
                terminationDate);
    }

    public PersonioPerson withOffice(String newOffice) {
        return new PersonioPerson(
                id,
                firstName,
                lastName,
                email,
                status,
                department,
                newOffice,
                position,
                employmentType,
                subcompany,
                costCenter,
                supervisorId,
                hireDate,
                terminationDate);
    }
}
