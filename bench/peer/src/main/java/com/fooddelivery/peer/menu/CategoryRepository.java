package com.fooddelivery.peer.menu;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Integer> {

    /** The categories on the menu now (not retired), in the order they were created. */
    List<Category> findByRetiredAtIsNullOrderById();
}
