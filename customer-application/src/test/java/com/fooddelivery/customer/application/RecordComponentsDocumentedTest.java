package com.fooddelivery.customer.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.RecordComponentDocs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Commands, queries and results are read by embedding teams through their Javadoc: see {@link RecordComponentDocs}. */
class RecordComponentsDocumentedTest {

    @Test
    void everyRecordComponentOfTheApplicationIsDocumented() {
        assertThat(RecordComponentDocs.undocumentedIn(Path.of("src/main/java"))).isEmpty();
    }
}
