package com.fooddelivery.customer.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/** Where an order's courier was, as their device reported it (WGS 84, heading clockwise from north, m/s). */
public record CourierPosition(double lat, double lon, Instant at, OptionalDouble heading, OptionalDouble speed) {

    /** The fastest a courier is believed to move, in metres a second (about 216 km/h). */
    public static final double MAX_SPEED = 60;

    public CourierPosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(speed, "speed");
        if (!latitude(lat)
                || !longitude(lon)
                || (heading.isPresent() && !heading(heading.getAsDouble()))
                || (speed.isPresent() && !speed(speed.getAsDouble()))) {
            throw new IllegalArgumentException("not a position on the globe");
        }
    }

    public static boolean latitude(double value) {
        return Double.isFinite(value) && value >= -90 && value <= 90;
    }

    public static boolean longitude(double value) {
        return Double.isFinite(value) && value >= -180 && value <= 180;
    }

    public static boolean heading(double value) {
        return Double.isFinite(value) && value >= 0 && value < 360;
    }

    public static boolean speed(double value) {
        return Double.isFinite(value) && value >= 0 && value <= MAX_SPEED;
    }
}
