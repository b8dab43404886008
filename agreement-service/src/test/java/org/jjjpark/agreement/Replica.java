package org.jjjpark.agreement;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jjjpark.agreement.service.PartnerReplica;

import java.util.UUID;

/**
 * Puts partners and programs straight into the replica, as if their events had arrived: for tests about
 * agreements, which need partners but not the broker. PartnerEventsTest covers the way through Kafka.
 */
public final class Replica {

    private Replica() {
    }

    public static UUID partner(String type, String regionCode) {
        UUID id = UUID.randomUUID();
        run(replica -> replica.partnerChanged(id, 0, type, "测试伙伴", "Test partner " + type, regionCode, "ACTIVE"));
        return id;
    }

    public static UUID park() {
        return partner("VOCATIONAL_COLLEGE", "131022");
    }

    public static UUID university() {
        return partner("UNIVERSITY", "110000");
    }

    public static UUID enterprise() {
        return partner("ENTERPRISE", "110115");
    }

    /** A program the institution offers. */
    public static UUID program(UUID institution) {
        UUID id = UUID.randomUUID();
        run(replica -> replica.programChanged(id, institution, 0, "080717T", "人工智能", "Artificial Intelligence",
                "Gu'an campus", "OFFERED"));
        return id;
    }

    public static void deactivate(UUID partner) {
        run(replica -> replica.partnerDeactivated(partner, 1));
    }

    public static void withdraw(UUID program, UUID institution) {
        run(replica -> replica.programWithdrawn(program, institution, 1));
    }

    private static void run(java.util.function.Consumer<PartnerReplica> change) {
        PartnerReplica replica = Arc.container().instance(PartnerReplica.class).get();
        QuarkusTransaction.requiringNew().run(() -> change.accept(replica));
    }
}
