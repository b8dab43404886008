package org.jjjpark.gateway.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An applicant's sign-up: the numbers that prove they are a registered candidate, and a new password. */
@Schema(name = "SignUpRequest", description = "Sign-up of a candidate registered by their education authority")
public record SignUpRequest(
        @Schema(description = "Exam number (考生号) from the exam registration", example = "26130102150001",
                required = true, maxLength = 32)
        @NotBlank @Size(max = 32)
        String examNumber,
        @Schema(description = "Resident ID number as registered", example = "13010220080101123X", required = true,
                maxLength = 18)
        @NotBlank @Size(max = 18)
        String idNumber,
        @Schema(description = "New password, 10 to 64 characters", example = "correct horse battery", required = true,
                minLength = 10, maxLength = 64)
        @NotBlank @Size(min = 10, max = 64)
        String password) {

    @Override
    public String toString() {
        return "SignUpRequest[redacted]";
    }
}
