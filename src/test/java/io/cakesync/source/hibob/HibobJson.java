package io.cakesync.source.hibob;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * People search answers shaped like HiBob's documented examples with humanReadable=APPEND: machine values
 * (list item ids, ISO dates) along each field's path, the same fields again under humanReadable with
 * list item names and display-formatted dates.
 */
final class HibobJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private HibobJson() {}

    /** An employee with every default field; tests remove what a scenario hides. */
    static ObjectNode person(
            String id, String email, String first, String last, String lifecycle, String department, String site) {
        ObjectNode p = JSON.createObjectNode();
        p.put("id", id).put("email", email).put("firstName", first).put("surname", last);
        ObjectNode work = p.putObject("work");
        work.put("department", listId(department))
                .put("site", listId(site))
                .put("title", listId("Engineer"))
                .put("startDate", "2019-04-01");
        work.putObject("reportsTo").put("id", "3332883884017713999").put("email", "grace@acme.example");
        p.putObject("internal").put("lifecycleStatus", listId(lifecycle)).putNull("terminationDate");
        p.putObject("payroll").putObject("employment").put("type", listId("Permanent"));
        ObjectNode human = p.putObject("humanReadable");
        human.putObject("work")
                .put("department", department)
                .put("site", site)
                .put("title", "Engineer")
                .put("startDate", "01/04/2019")
                .put("reportsTo", "Grace Hopper");
        human.putObject("internal").put("lifecycleStatus", lifecycle);
        human.putObject("payroll").putObject("employment").put("type", "Permanent");
        return p;
    }

    /** The object at the path below {@code node}, created where missing. */
    static ObjectNode at(ObjectNode node, String... path) {
        ObjectNode current = node;
        for (String key : path) {
            current = current.get(key) instanceof ObjectNode child ? child : current.putObject(key);
        }
        return current;
    }

    static String answer(List<ObjectNode> people) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode employees = root.putArray("employees");
        people.forEach(employees::add);
        return root.toString();
    }

    static String answer(ObjectNode... people) {
        return answer(List.of(people));
    }

    /** HiBob list items have numeric ids; a stable one per name keeps machine and human values apart. */
    static String listId(String name) {
        return name == null ? null : Integer.toString(Math.abs(name.hashCode()) % 9_000_000 + 1_000_000);
    }
}
