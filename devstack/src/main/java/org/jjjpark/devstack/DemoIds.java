package org.jjjpark.devstack;

import java.util.Map;
import java.util.Optional;

/**
 * The ids the platform gave the demo partners and programs, so that later demo data can name them as the file
 * does: partners by identifier, programs by their institution's identifier and catalogue code.
 */
record DemoIds(Map<String, String> partnerIds, Map<String, String> programIds) {

    Optional<String> partner(String identifier) {
        return Optional.ofNullable(partnerIds.get(identifier));
    }

    Optional<String> program(String partnerIdentifier, String catalogueCode) {
        return Optional.ofNullable(programIds.get(programKey(partnerIdentifier, catalogueCode)));
    }

    static String programKey(String partnerIdentifier, String catalogueCode) {
        return partnerIdentifier + "/" + catalogueCode;
    }
}
