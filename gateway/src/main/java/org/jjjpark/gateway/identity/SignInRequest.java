package org.jjjpark.gateway.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An applicant's sign-in. */
@Schema(name = "SignInRequest", description = "Sign-in of an applicant")
public record SignInRequest(
        @Schema(description = "Exam number (考生号)", example = "26130102150001", required = true, maxLength = 32)
        @NotBlank @Size(max = 32)
        String examNumber,
        @Schema(description = "Password chosen at sign-up", example = "correct horse battery", required = true,
                maxLength = 64)
        @NotBlank @Size(max = 64)
        String password) {

    @Override
    public String toString() {
        return "SignInRequest[redacted]";
    }
}
