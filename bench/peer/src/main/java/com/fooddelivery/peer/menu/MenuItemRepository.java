package com.fooddelivery.peer.menu;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MenuItemRepository extends JpaRepository<MenuItem, Integer> {

    /** The items among {@code ids} still on the menu (available or not). */
    List<MenuItem> findByIdInAndRetiredAtIsNull(Collection<Integer> ids);
}
