package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.order.OrderUid;
import io.javalin.config.ValidationConfig;
import io.javalin.validation.MissingConverterException;
import io.javalin.validation.Validation;
import io.javalin.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Why paths and queries are read by {@link PathIds} and not by Javalin's {@code pathParamAsClass} /
 * {@code queryParamAsClass} (docs/architecture.md, "Reading paths and queries"). Should Javalin change
 * any of this, the reasons are gone and this test says so.
 */
class JavalinParamValidatorsTest {

    private final Validation javalin = new Validation(new ValidationConfig());

    @Test
    void javalinsNumberConvertersTakeSpellingsThatPathIdsRefuses() {
        for (String spelling : List.of("+5", "05", "\uff15")) {
            assertThat(javalin.validator("limit", Integer.class, spelling).get())
                    .as(spelling)
                    .isEqualTo(5);
            assertThat(javalin.validator("after", Long.class, spelling).get())
                    .as(spelling)
                    .isEqualTo(5L);
            assertThat(PathIds.wholeNumber(spelling)).as(spelling).isEmpty();
        }
        assertThat(PathIds.wholeNumber("5")).hasValue(5L);
    }

    @Test
    void aBadValueIsReportedAsTypeConversionFailedNotAsWhatTheFieldMustBe() {
        assertThatThrownBy(
                        () -> javalin.validator("limit", Integer.class, "ten").get())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        failure -> assertThat(
                                        failure.getErrors().get("limit").get(0).getMessage())
                                .isEqualTo("TYPE_CONVERSION_FAILED"));
    }

    @Test
    void aCheckIsRunOnTheNullOfAnAbsentParameter() {
        assertThatThrownBy(() -> javalin.validator("status", String.class, null)
                        .check(status -> status.equals("all") || status.equals("pending"), "must be pending or all")
                        .getOrDefault("all"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aDomainTypeNeedsAConverterRegisteredOnTheServerNotOnTheRoutes() {
        assertThatThrownBy(() -> javalin.validator("uid", OrderUid.class, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(MissingConverterException.class);
    }
}
