package org.jjjpark.devstack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The park's partners, the programs they offer there and the agreements of the first batch, as read from
 * {@code demo-data.json}. Each entry's {@code note} says where its facts come from and which are illustrative;
 * it is never sent to the API.
 */
@JsonIgnoreProperties({"note"})
public record DemoData(List<Partner> partners, List<Program> programs, List<Agreement> agreements) {

    static final String RESOURCE = "/demo-data.json";

    /** The request body of {@code POST /api/v1/partners}. */
    @JsonIgnoreProperties({"note"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Partner(String type, String nameZh, String nameEn, String identifier, String regionCode,
                          Contact contact) {
    }

    public record Contact(String name, String email, String phone) {
    }

    /** The request body of {@code POST /api/v1/programs}, with the partner named by identifier instead of id. */
    @JsonIgnoreProperties({"note"})
    public record Program(String partnerIdentifier, String catalogueCode, String nameZh, String nameEn,
                          String degree, int durationYears, String campus, List<String> subjectRequirements) {
    }

    /**
     * The request body of {@code POST /api/v1/agreements}, with partners and programs named by identifier and
     * catalogue code instead of ids, and the moment every party signed.
     */
    @JsonIgnoreProperties({"note"})
    public record Agreement(String reference, String type, String title, List<AgreementParty> parties,
                            String effectiveFrom, String effectiveTo, Document document, String signedAt,
                            List<Allocation> allocations) {

        /** The seat allocations; none for agreement types that create no seats. */
        public List<Allocation> allocationsOrNone() {
            return allocations == null ? List.of() : allocations;
        }
    }

    public record AgreementParty(String partnerIdentifier, String role) {
    }

    public record Document(String sha256, String uri) {
    }

    /** Seats for a program, named by its institution's identifier and its catalogue code. */
    public record Allocation(String partnerIdentifier, String catalogueCode, int intakeYear, String planProvince,
                             String sourceProvince, String planType, int seats) {
    }

    static DemoData bundled() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ObjectMapper().readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
