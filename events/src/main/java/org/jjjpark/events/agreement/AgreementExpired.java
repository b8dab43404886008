package org.jjjpark.events.agreement;

import java.time.LocalDate;
import java.util.UUID;

/** An agreement's period ended ({@code effectiveTo} has passed); the seats it authorised lapse with it. */
public record AgreementExpired(UUID agreementId, long version, LocalDate effectiveTo) {
}
