package org.jjjpark.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.agreement.ReplicatedProgram;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReplicatedProgramRepository implements PanacheRepositoryBase<ReplicatedProgram, UUID> {

    /** The known ones among {@code ids}, by id; unknown ids are absent. */
    public Map<UUID, ReplicatedProgram> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("programId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.programId, Function.identity()));
    }
}
