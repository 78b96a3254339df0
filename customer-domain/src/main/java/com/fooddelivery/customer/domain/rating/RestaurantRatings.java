package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** What the customers' ratings say about the restaurant and its dishes, for everyone to read. */
public interface RestaurantRatings {

    /** The averages of the ratings given since a moment. */
    RatingSummary since(Instant since);

    /** The food stars, by id, of the menu items with at least {@link ItemRating#SHOWN_FROM} ratings. */
    Map<MenuItemId, ItemRating> ofItems(Collection<MenuItemId> items);
}
