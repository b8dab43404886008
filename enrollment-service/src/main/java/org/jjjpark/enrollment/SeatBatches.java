package org.jjjpark.enrollment;

/**
 * Which admission batch an agreement's seats are planned in. Seat allocations (AgreementActivated.v1,
 * AgreementAmended.v1) name no batch: the park's co-construction agreements bring undergraduate majors, which
 * provinces admit in their regular undergraduate batch (本科批), so every allocated seat goes there, whatever its
 * plan type. When an allocation version carries a batch, this is the one place to read it.
 */
public final class SeatBatches {

    private SeatBatches() {
    }

    public static Batch batchOf(PlanType planType) {
        return Batch.UNDERGRADUATE;
    }
}
