package com.fooddelivery.customer.adapter.http;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What in-memory stores hold, as text: every field of each, maps and sets in a fixed order, so that two
 * readings are equal exactly when no store changed in between. The fields are read by reflection, as the
 * database's digest read every table from its catalog: a field added to a fake is compared without an
 * edit here.
 */
final class StoreContents {

    private StoreContents() {}

    /** @param stores the fakes, each guarding its state with its own monitor as the domain's fakes do */
    static String of(List<Object> stores) {
        StringBuilder text = new StringBuilder();
        for (Object store : stores) {
            synchronized (store) {
                text.append(store.getClass().getSimpleName()).append(" {");
                for (Field field : store.getClass().getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        text.append(' ').append(field.getName()).append('=').append(shown(read(field, store)));
                    }
                }
                text.append(" }\n");
            }
        }
        return text.toString();
    }

    private static Object read(Field field, Object store) {
        try {
            field.setAccessible(true);
            return field.get(store);
        } catch (IllegalAccessException | RuntimeException unreadable) {
            throw new IllegalStateException("cannot read " + field + " of a store", unreadable);
        }
    }

    /** Lists as they are ordered; maps and sets sorted by their text, since a hash order says nothing. */
    private static String shown(Object value) {
        if (value instanceof Map<?, ?> map) {
            return sorted(map.entrySet());
        }
        if (value instanceof List<?> list) {
            return list.toString();
        }
        if (value instanceof Collection<?> collection) {
            return sorted(collection);
        }
        return String.valueOf(value);
    }

    private static String sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList().toString();
    }
}
