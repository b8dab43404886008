package org.jjjpark.enrollment;

import jakarta.persistence.Converter;
import org.jjjpark.admission.input.TieBreakKey;

/** Column form of a tie-break chain, in its order. */
@Converter
public class TieBreakChainConverter extends EnumListConverter<TieBreakKey> {

    public TieBreakChainConverter() {
        super(TieBreakKey.class);
    }
}
