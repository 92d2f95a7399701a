package io.cakesync.source.bamboohr;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Employee-list pages shaped like BambooHR's documented response: {@code data}, {@code meta.total},
 * {@code meta.page} with the cursors, {@code _links}; records with the default fields and those asked for.
 */
final class BamboohrJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private BamboohrJson() {}

    static ObjectNode employee(
            String id, String first, String last, String status, String email, String department, String location) {
        ObjectNode e = JSON.createObjectNode();
        e.put("employeeId", id)
                .put("firstName", first)
                .put("lastName", last)
                .putNull("preferredName")
                .put("photoUrl", "https://images.bamboohr.com/" + id + ".jpg")
                .put("jobTitleName", "Engineer")
                .put("status", status)
                .put("workEmail", email)
                .put("departmentName", department)
                .put("locationName", location)
                .put("employmentStatusName", "Full-Time")
                .put("hireDate", "2019-04-01")
                .put("terminationDate", "0000-00-00")
                .putNull("reportsToId");
        return e;
    }

    /** Names the field in {@code _restrictedFields} and nulls it, as BambooHR does for a field the key may not read. */
    static ObjectNode restrict(ObjectNode employee, String field) {
        employee.putNull(field);
        (employee.get("_restrictedFields") instanceof ArrayNode list ? list : employee.putArray("_restrictedFields"))
                .add(field);
        return employee;
    }

    /** A page; {@code next} null marks the last one. */
    static String page(long total, String next, List<ObjectNode> employees) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode data = root.putArray("data");
        employees.forEach(data::add);
        ObjectNode meta = root.putObject("meta");
        meta.put("total", total);
        ObjectNode page = meta.putObject("page");
        page.put("limit", 2500).put("nextCursor", next).putNull("prevCursor");
        ObjectNode links = root.putObject("_links");
        links.putObject("self").put("href", "https://acme.bamboohr.com/api/v1/employees");
        if (next != null) {
            links.putObject("next").put("href", "https://acme.bamboohr.com/api/v1/employees?page%5Bafter%5D=" + next);
        }
        return root.toString();
    }

    static String page(long total, String next, ObjectNode... employees) {
        return page(total, next, List.of(employees));
    }
}
