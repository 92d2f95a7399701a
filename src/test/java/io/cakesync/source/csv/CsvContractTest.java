package io.cakesync.source.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cakesync.source.Attributes;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;
import io.cakesync.source.HrRead;
import io.cakesync.source.PersonRef;
import io.cakesync.source.RejectedRecord;

import static org.assertj.core.api.Assertions.assertThat;

class CsvContractTest extends HrConnectorContract {
    @TempDir
    Path dir;

    private Path file;
    private int reads;

    /** A file is read whole, so a targeted read still sees every row that shares an id or email with a named one. */
    @Test
    void rejectsANamedPersonWhoSharesAnEmailWithAnotherRowAsAFullReadWould() {
        file = HrExports.write(
                dir,
                HrExports.HEADER + "E1,ada@acme.example,Ada,L,Sales,active\n"
                        + "E2,ben@acme.example,Ben,O,Sales,active\n" + "E3,ADA@acme.example,Ada,M,Finance,active\n");

        HrRead read = connector().readPeople(List.of(PersonRef.byEmployeeId("E1")), Set.of());

        assertThat(read.employees()).isEmpty();
        assertThat(read.rejected()).extracting(RejectedRecord::employeeId).containsExactlyInAnyOrder("E1", "E3");
    }

    @Override
    protected HrConnector connector() {
        reads++;
        return HrExports.source(file);
    }

    @Override
    protected void serve(List<Person> people) {
        file = HrExports.write(
                dir,
                "employee_id,email,first_name,last_name,department,status,office\n"
                        + people.stream()
                                .map(p -> String.join(
                                        ",",
                                        p.id(),
                                        p.email(),
                                        p.firstName(),
                                        p.lastName(),
                                        p.department(),
                                        p.status().label(),
                                        p.attributes().get(Attributes.OFFICE)))
                                .collect(Collectors.joining("\n")));
    }

    @Override
    protected boolean serveTruncated(List<Person> people) {
        return false;
    }

    @Override
    protected boolean serveTotalMismatch(List<Person> people) {
        return false;
    }

    @Override
    protected void serveHidden(List<Person> people, String attribute) {
        file = HrExports.write(
                dir,
                HrExports.HEADER
                        + people.stream()
                                .map(p -> String.join(
                                        ",",
                                        p.id(),
                                        p.email(),
                                        p.firstName(),
                                        p.lastName(),
                                        p.department(),
                                        p.status().label()))
                                .collect(Collectors.joining("\n")));
    }

    @Override
    protected boolean serveUnauthorized() {
        return false;
    }

    /** A CSV export is one file: an event re-reads it whole. */
    @Override
    protected boolean serveOnlyTheNamed(List<Person> named) {
        return false;
    }

    @Override
    protected int requests() {
        return reads;
    }
}
