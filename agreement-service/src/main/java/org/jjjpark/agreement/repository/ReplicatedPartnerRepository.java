package org.jjjpark.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jjjpark.agreement.ReplicatedPartner;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReplicatedPartnerRepository implements PanacheRepositoryBase<ReplicatedPartner, UUID> {

    /** The known ones among {@code ids}, by id; unknown ids are absent. */
    public Map<UUID, ReplicatedPartner> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("partnerId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.partnerId, Function.identity()));
    }
}
