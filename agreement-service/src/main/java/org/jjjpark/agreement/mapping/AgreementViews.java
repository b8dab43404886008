package org.jjjpark.agreement.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.agreement.Agreement;
import org.jjjpark.agreement.AgreementParty;
import org.jjjpark.agreement.AllocationVersion;
import org.jjjpark.agreement.ReplicatedPartner;
import org.jjjpark.agreement.repository.ReplicatedPartnerRepository;
import org.jjjpark.agreement.rest.AgreementView;
import org.jjjpark.agreement.rest.AllocationVersionView;
import org.jjjpark.agreement.rest.DocumentReference;
import org.jjjpark.agreement.rest.PartyView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Entity to response mapping, the one place that decides what clients see of an agreement. Parties are shown
 * with their names from the replica, read once per response however many agreements it holds.
 */
@ApplicationScoped
public class AgreementViews {

    private final ReplicatedPartnerRepository partners;

    @Inject
    public AgreementViews(ReplicatedPartnerRepository partners) {
        this.partners = partners;
    }

    /** One agreement with its allocation history. */
    public AgreementView withHistory(Agreement agreement) {
        return view(agreement, namesOf(List.of(agreement)), true);
    }

    /** Agreements of a list, without history. */
    public List<AgreementView> summaries(List<Agreement> agreements) {
        Map<UUID, ReplicatedPartner> names = namesOf(agreements);
        return agreements.stream().map(a -> view(a, names, false)).toList();
    }

    private Map<UUID, ReplicatedPartner> namesOf(Collection<Agreement> agreements) {
        return partners.byIds(agreements.stream().flatMap(a -> a.parties.stream()).map(p -> p.partnerId)
                .collect(Collectors.toSet()));
    }

    private static AgreementView view(Agreement a, Map<UUID, ReplicatedPartner> names, boolean withHistory) {
        return new AgreementView(a.id, a.reference, a.type, a.title, a.status,
                a.parties.stream().map(p -> party(p, names.get(p.partnerId))).toList(),
                a.effectiveFrom, a.effectiveTo, new DocumentReference(a.documentSha256, a.documentUri),
                a.allocationVersion, List.copyOf(a.allocations()),
                withHistory ? a.allocationHistory.stream().map(AgreementViews::version).toList() : null,
                a.activatedAt, a.expiredAt, a.terminatedAt, a.terminationReason, a.version, a.createdAt, a.updatedAt);
    }

    /** @param known the partner as the replica knows it, or {@code null} if its events have not arrived */
    private static PartyView party(AgreementParty p, ReplicatedPartner known) {
        return new PartyView(p.partnerId, p.role, known == null ? null : known.nameZh,
                known == null ? null : known.nameEn, known == null ? null : known.regionCode, p.signer, p.signedAt);
    }

    private static AllocationVersionView version(AllocationVersion v) {
        return new AllocationVersionView(v.number, v.reason, v.createdAt, List.copyOf(v.allocations));
    }
}
