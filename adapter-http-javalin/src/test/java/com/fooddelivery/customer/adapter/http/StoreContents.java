package com.fooddelivery.customer.adapter.http;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What in-memory stores hold: every field of each, its collections copied, so that two readings are equal
 * exactly when no store changed in between (the domain's records compare by value, maps and sets whatever
 * their order). The fields are read by reflection, as the database's digest read every table from its
 * catalog: a field added to a fake is compared without an edit here. Copies of references, not text: a
 * reading costs what the stores' sizes cost, twice per request of the bad-input test.
 */
final class StoreContents {

    private StoreContents() {}

    /**
     * @param stores the fakes, each guarding its state with its own monitor as the domain's fakes do
     * @return each field's value by {@code Store.field}, comparable with {@code equals}
     */
    static Map<String, Object> of(List<Object> stores) {
        Map<String, Object> contents = new LinkedHashMap<>();
        for (Object store : stores) {
            synchronized (store) {
                for (Field field : store.getClass().getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        contents.put(
                                store.getClass().getSimpleName() + "." + field.getName(), copied(read(field, store)));
                    }
                }
            }
        }
        return contents;
    }

    private static Object read(Field field, Object store) {
        try {
            field.setAccessible(true);
            return field.get(store);
        } catch (IllegalAccessException | RuntimeException unreadable) {
            throw new IllegalStateException("cannot read " + field + " of a store", unreadable);
        }
    }

    /** A collection as it is now, which later changes to the store's own cannot reach. */
    private static Object copied(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new HashMap<>(map);
        }
        if (value instanceof Set<?> set) {
            return new HashSet<>(set);
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        return value;
    }
}
