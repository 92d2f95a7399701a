package io.cakesync.source;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** The HR source the configuration names ({@code sync.source.kind}): the one every run and check reads. */
@ApplicationScoped
public class HrSource {
    private final SourceConfig config;
    private final List<HrConnector> connectors;

    HrSource(SourceConfig config, Instance<HrConnector> connectors) {
        this.config = config;
        this.connectors = connectors.stream().toList();
    }

    /**
     * Reads the whole source with the attributes the rules use. A read that cannot be proven complete
     * throws {@link SourceException}; a bad record is returned in {@link HrRead#rejected()}.
     */
    public HrRead read(Set<String> attributes) {
        return connector().read(attributes);
    }

    /**
     * The named people only, validated like a full read; a person the source does not know is absent
     * from the result. See {@link HrConnector#fetchPeople} for which connectors read only them.
     */
    public HrRead readPeople(Collection<PersonRef> people, Set<String> attributes) {
        return connector().readPeople(people, attributes);
    }

    /** A cheap look at the configured source; never a full read. */
    public List<Probe> probe(Set<String> attributes) {
        return connector().probe(attributes);
    }

    /** Whether the configured kind of source can give this attribute. */
    public boolean provides(String attribute) {
        return connector().provides(attribute);
    }

    public String kind() {
        return connector().kind();
    }

    private HrConnector connector() {
        String kind = config.kind().strip();
        return connectors.stream()
                .filter(c -> c.kind().equalsIgnoreCase(kind))
                .findFirst()
                .orElseThrow(() -> new SourceException("sync.source.kind (SYNC_SOURCE_KIND) is '" + kind
                        + "'; known kinds: "
                        + String.join(
                                ", ", connectors.stream().map(HrConnector::kind).toList())));
    }
}
