package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of a snapshot sorted by id, and all their majors in one global numbering: unit {@code u} owns majors
 * {@code firstMajor(u) .. endMajor(u) - 1}, sorted by code, which is also the adjustment order (d.2).
 */
public final class UnitTable {

    private final List<Unit> units;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final int[] quota;
    private final int[] dropCapacity;
    private final int[] firstMajor;
    private final String[] majorCode;
    private final int[] majorQuota;
    private final int[] unitOfMajor;
    private final RequirementTable unitRequirements;
    private final RequirementTable majorRequirements;

    UnitTable(Collection<Unit> given, RatioRounding rounding, AttributeVocabulary vocabulary) {
        units = given.stream().map(UnitTable::withMajorsByCode).sorted(Comparator.comparing(Unit::id)).toList();
        int majors = units.stream().mapToInt(unit -> unit.majors().size()).sum();
        quota = new int[units.size()];
        dropCapacity = new int[units.size()];
        firstMajor = new int[units.size() + 1];
        majorCode = new String[majors];
        majorQuota = new int[majors];
        unitOfMajor = new int[majors];
        int m = 0;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            if (indexById.put(unit.id(), u) != null) {
                throw new InvalidInputException("unit " + unit.id() + " is given twice");
            }
            quota[u] = unit.quota();
            dropCapacity[u] = rounding.dropCapacity(quota[u], unit.dropRatio());
            firstMajor[u] = m;
            for (Major major : unit.majors()) {
                if (m > firstMajor[u] && majorCode[m - 1].equals(major.code())) {
                    throw new InvalidInputException("unit " + unit.id() + " lists major " + major.code() + " twice");
                }
                majorCode[m] = major.code();
                majorQuota[m] = major.quota();
                unitOfMajor[m] = u;
                m++;
            }
        }
        firstMajor[units.size()] = m;
        unitRequirements = new RequirementTable(units.stream().map(Unit::requirements).toList(), vocabulary);
        majorRequirements = new RequirementTable(units.stream().flatMap(unit -> unit.majors().stream())
                .map(Major::requirements).toList(), vocabulary);
    }

    private static Unit withMajorsByCode(Unit unit) {
        return new Unit(unit.id(), unit.dropRatio(), unit.requirements(),
                unit.majors().stream().sorted(Comparator.comparing(Major::code)).toList());
    }

    public int count() {
        return units.size();
    }

    /** The unit records, sorted by id, each with its majors sorted by code. */
    public List<Unit> records() {
        return units;
    }

    public String id(int u) {
        return units.get(u).id();
    }

    /** The index of unit {@code id}, or -1. */
    public int indexOf(String id) {
        return indexById.getOrDefault(id, -1);
    }

    public BigDecimal dropRatio(int u) {
        return units.get(u).dropRatio();
    }

    /** {@code q_u}. */
    public int quota(int u) {
        return quota[u];
    }

    /** {@code c_u}: how many files the unit may receive. */
    public int dropCapacity(int u) {
        return dropCapacity[u];
    }

    public int firstMajor(int u) {
        return firstMajor[u];
    }

    public int endMajor(int u) {
        return firstMajor[u + 1];
    }

    /** How many majors all units have together. */
    public int majorCount() {
        return majorCode.length;
    }

    public String majorCode(int m) {
        return majorCode[m];
    }

    /** {@code q_m}. */
    public int majorQuota(int m) {
        return majorQuota[m];
    }

    public int unitOfMajor(int m) {
        return unitOfMajor[m];
    }

    /** The global index of major {@code code} of unit {@code u}, or -1. */
    public int majorIndexOf(int u, String code) {
        int found = Arrays.binarySearch(majorCode, firstMajor[u], firstMajor[u + 1], code);
        return found >= 0 ? found : -1;
    }

    /** The first requirement of unit {@code u} that applicant {@code a} fails; null if none. */
    IneligibilityReason unitRequirementFailedBy(int u, ApplicantTable applicants, int a) {
        return unitRequirements.failedBy(u, applicants, a);
    }

    /** The first requirement of major {@code m} itself that applicant {@code a} fails; null if none. */
    IneligibilityReason majorRequirementFailedBy(int m, ApplicantTable applicants, int a) {
        return majorRequirements.failedBy(m, applicants, a);
    }
}
