package org.jjjpark.enrollment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.enrollment.ProgramReplica;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramReplicaRepository implements PanacheRepositoryBase<ProgramReplica, UUID> {

    /** The known programs among {@code ids}, by id; programs not replicated yet are absent. */
    public Map<UUID, ProgramReplica> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("programId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.programId, Function.identity()));
    }
}
