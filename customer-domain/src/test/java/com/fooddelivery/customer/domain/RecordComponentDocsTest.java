package com.fooddelivery.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordComponentDocsTest {

    @Test
    void everyRecordComponentOfTheDomainIsDocumented() {
        assertThat(RecordComponentDocs.undocumentedIn(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aComponentWithoutItsParamIsReportedWhateverStandsBetweenDocAndRecordUnlessTheRecordIsPrivate() {
        String source = """
                /**
                 * A line of an order.
                 *
                 * @param item     what was ordered
                 * @param quantity how many
                 */
                @SuppressWarnings("unused")
                public record Line(MenuItemId item, int quantity, Map<String, List<Integer>> notes) {

                    /** A line inside. */
                    record Inner(int documented) {
                    }

                    private record Helper(int internal) {
                    }
                }
                """;

        assertThat(RecordComponentDocs.undocumented("Line.java", source))
                .containsExactly("Line.java: Line.notes", "Line.java: Inner.documented");
    }
}
