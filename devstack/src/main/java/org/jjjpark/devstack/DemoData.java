package org.jjjpark.devstack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The park's partners and the programs they offer there, as read from {@code demo-data.json}. Each entry's
 * {@code note} says where its facts come from and which are illustrative; it is never sent to the API.
 */
@JsonIgnoreProperties({"note"})
public record DemoData(List<Partner> partners, List<Program> programs) {

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
