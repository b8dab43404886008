package org.jjjpark.http;

import org.jjjpark.http.paging.Cursor;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void aCursorRoundTripsItsKeyParts() {
        String cursor = Cursor.encode("2026-11-29T09:00:00Z", "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01");

        assertThat(Cursor.decode(cursor, 2))
                .containsExactly("2026-11-29T09:00:00Z", "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01");
    }

    @Test
    void aForgedOrForeignCursorIsRejectedAsInvalidCursor() {
        for (String forged : List.of("not base64 !", Cursor.encode("only-one-part"), "x".repeat(2000))) {
            assertThatThrownBy(() -> Cursor.decode(forged, 2))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("INVALID_CURSOR");
                    });
        }
    }

    @Test
    void theExtraFetchedRowOnlySignalsAnotherPage() {
        Page<String> last = Page.of(List.of("a", "b"), 2, s -> s);
        Page<String> notLast = Page.of(List.of("a", "b", "c"), 2, s -> "after-" + s);

        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.nextCursor()).isNull();
        assertThat(notLast.items()).containsExactly("a", "b");
        assertThat(notLast.nextCursor()).isEqualTo("after-b");
    }
}
