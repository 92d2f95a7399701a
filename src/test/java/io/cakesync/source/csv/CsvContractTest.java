package io.cakesync.source.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;

import io.cakesync.source.Attributes;
import io.cakesync.source.HrConnector;
import io.cakesync.source.HrConnectorContract;

class CsvContractTest extends HrConnectorContract {
    @TempDir
    Path dir;

    private Path file;
    private int reads;

    @Override
    protected HrConnector connector() {
        reads++;
        return HrExports.source(file);
    }

    @Override
    protected void serve(List<Person> people) {
        file = HrExports.write(dir, "employee_id,email,first_name,last_name,department,status,office\n"
                + people.stream().map(p -> String.join(",", p.id(), p.email(), p.firstName(), p.lastName(),
                        p.department(), p.status().label(), p.attributes().get(Attributes.OFFICE)))
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
        file = HrExports.write(dir, HrExports.HEADER + people.stream().map(p -> String.join(",", p.id(), p.email(),
                p.firstName(), p.lastName(), p.department(), p.status().label())).collect(Collectors.joining("\n")));
    }

    @Override
    protected boolean serveUnauthorized() {
        return false;
    }

    @Override
    protected int requests() {
        return reads;
    }
}
