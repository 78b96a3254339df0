package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.MenuRepositoryContract;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqMenuRepositoryTest extends MenuRepositoryContract {

    private PostgresPersistence persistence;

    @Override
    protected MenuRepository emptyMenu() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), EUR);
        return persistence.menu();
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void itemsTheKitchenSwitchedOffAreNotListed() {
        MenuRepository menu = persistence.menu();
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        MenuItem salami = menu.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));

        persistence.unitOfWork().inTransaction(() -> ((JooqUnitOfWork) persistence.unitOfWork()).dsl()
                .execute("update delivery_menuitem_c set available = false where delivery_menuitem_c_id = ?",
                        margherita.id().value()));

        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(salami);
        assertThat(menu.item(margherita.id())).get().extracting(MenuItem::available).isEqualTo(false);
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        MenuRepository menu = persistence.menu();

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() ->
                persistence.unitOfWork().inTransaction(() -> {
                    menu.add(new NewCategory("Pizza", "", Optional.empty()));
                    throw new IllegalStateException("the use case changed its mind");
                }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(menu.categories()).isEqualTo(List.of());
    }
}
