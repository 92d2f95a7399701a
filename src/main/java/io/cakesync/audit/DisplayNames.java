package io.cakesync.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** The names to print next to the emails of audited changes: HR's, else Cakewalk's. */
@ApplicationScoped
public class DisplayNames {
    private final Jdbc jdbc;

    DisplayNames(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Change id → name, for the changes someone has a name for. */
    public Map<Long, String> of(Collection<ChangeView> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        String sql =
                "SELECT c.id, coalesce(nullif(trim(coalesce(h.first_name, '') || ' ' || coalesce(h.last_name, '')), ''), "
                        + "u.name) FROM sync_change c "
                        + "LEFT JOIN hr_employee h ON h.employee_id = c.employee_id OR (c.employee_id IS NULL AND lower(h.email) = lower(c.email)) "
                        + "LEFT JOIN cakewalk_user u ON u.id = c.user_id WHERE c.id = ANY (?)";
        Long[] ids = changes.stream().map(ChangeView::id).toArray(Long[]::new);
        return jdbc.query(
                sql,
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids)),
                rs -> {
                    Map<Long, String> names = new HashMap<>();
                    while (rs.next()) {
                        if (rs.getString(2) != null) {
                            names.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                    return names;
                },
                "the names of people in changes");
    }
}
