package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Writes cut at their placeholders once render and bind as jOOQ's plain SQL templates did. */
class WriteTextTest {

    private static final DSLContext DSL_CONTEXT = DSL.using(SQLDialect.POSTGRES);
    private static final String ORDER = "insert into t (uid, n, price, at, items) values"
            + " (?::uuid, ?::integer, ?::numeric, ?::timestamptz, ?::integer[])";
    private static final String KEY = "update k set uid = ?::uuid where customer_id = ?::integer and key = ?";

    @Test
    void oneWriteRendersAndBindsAsTheTemplateDid() {
        Object[] values = orderValues();

        Query written = oneWrite(DSL_CONTEXT, values);
        Query template = DSL_CONTEXT.resultQuery(ORDER, values);

        assertThat(written.getSQL()).isEqualTo(template.getSQL());
        assertThat(written.getBindValues()).containsExactlyElementsOf(template.getBindValues());
    }

    @Test
    void severalWritesGoAsOneTextWithTheirValuesInOrder() {
        UUID order = UUID.randomUUID();
        Object[] first = {order, 1, BigDecimal.TEN, null, new Integer[] {3}};
        Object[] second = {order, 1, "key-1"};

        Query written = DSL_CONTEXT.resultQuery(
                "{0}", WriteText.of(List.of(new WriteText(ORDER), new WriteText(KEY)), List.of(first, second)));
        Query template = DSL_CONTEXT.resultQuery(
                ORDER + ";\n" + KEY, order, 1, BigDecimal.TEN, null, new Integer[] {3}, order, 1, "key-1");

        assertThat(written.getSQL()).isEqualTo(template.getSQL()).contains(";\nupdate k");
        assertThat(written.getBindValues()).containsExactlyElementsOf(template.getBindValues());
    }

    @Test
    void aWriteShowsItsValuesInlineAsTheTemplateDid() {
        // jOOQ's debug log of an executed statement renders it so.
        Object[] values = orderValues();

        Query written = oneWrite(DSL_CONTEXT, values);
        Query template = DSL_CONTEXT.resultQuery(ORDER, values);

        assertThat(DSL_CONTEXT.renderInlined(written))
                .isEqualTo(DSL_CONTEXT.renderInlined(template))
                .contains("12.50");
    }

    @Test
    void aWriteRendersAsTheTemplateDidUnderEveryPlaceholderStyle() {
        Object[] values = orderValues();

        for (ParamType style : List.of(ParamType.FORCE_INDEXED, ParamType.NAMED, ParamType.NAMED_OR_INLINED)) {
            DSLContext dsl = DSL.using(SQLDialect.POSTGRES, new Settings().withParamType(style));

            assertThat(oneWrite(dsl, values).getSQL())
                    .as(style.name())
                    .isEqualTo(dsl.resultQuery(ORDER, values).getSQL());
        }
    }

    @Test
    void aWriteGivenTooFewOrTooManyValuesIsRefusedBeforeItIsSent() {
        WriteText key = new WriteText(KEY);

        assertThatThrownBy(() -> WriteText.of(List.of(key), List.<Object[]>of(new Object[] {UUID.randomUUID(), 1})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 3 values, got 2");
        assertThatThrownBy(() -> WriteText.of(List.of(key), List.<Object[]>of(new Object[] {1, 2, 3, 4})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 3 values, got 4");
    }

    private static Object[] orderValues() {
        return new Object[] {UUID.randomUUID(), 7, new BigDecimal("12.50"), null, new Integer[] {1, 2}};
    }

    private static Query oneWrite(DSLContext dsl, Object[] values) {
        return dsl.resultQuery("{0}", WriteText.of(List.of(new WriteText(ORDER)), List.<Object[]>of(values)));
    }
}
