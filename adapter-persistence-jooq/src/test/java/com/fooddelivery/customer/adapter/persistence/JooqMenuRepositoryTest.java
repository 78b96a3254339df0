package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.MenuManagementContract;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqMenuRepositoryTest extends MenuManagementContract {

    private PostgresPersistence persistence;

    @Override
    protected MenuManagement emptyMenu() {
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

        persistence
                .unitOfWork()
                .inTransaction(() -> ((JooqUnitOfWork) persistence.unitOfWork())
                        .dsl()
                        .execute(
                                "update delivery_menuitem_c set available = false where delivery_menuitem_c_id = ?",
                                margherita.id().value()));

        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(salami);
        assertThat(menu.item(margherita.id()))
                .get()
                .extracting(MenuItem::available)
                .isEqualTo(false);
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        MenuRepository menu = persistence.menu();

        Throwable failure =
                Assertions.catchThrowable(() -> persistence.unitOfWork().inTransaction(() -> {
                    menu.add(new NewCategory("Pizza", "", Optional.empty()));
                    throw new IllegalStateException("the use case changed its mind");
                }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(menu.categories()).isEqualTo(List.of());
    }

    @Test
    void goneCategoriesAndItemsKeepTheirRowsForPastOrders() {
        MenuRepository menu = persistence.menu();
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        MenuItem water = menu.add(new NewMenuItem(drinks.id(), "Water", "", euros("1.20"), Optional.empty()));

        menu.retire(water.id());
        menu.remove(pizza.id());

        DSLContext sql = ((JooqUnitOfWork) persistence.unitOfWork()).dsl();
        assertThat(sql.fetch("select name, price, retired_at from delivery_menuitem_c order by 1"))
                .allSatisfy(row -> assertThat(row.get("retired_at")).isNotNull())
                .extracting(row -> row.get("name") + " " + row.get("price"))
                .containsExactly("Margherita 8.50", "Water 1.20");
        assertThat(sql.fetchValue(
                        "select retired_at is not null from delivery_category_c where delivery_category_c_id = ?",
                        pizza.id().value()))
                .isEqualTo(true);
        assertThat(menu.item(margherita.id())).isEmpty();
    }

    @Test
    void anItemCannotSlipIntoACategoryWhileItIsBeingRemoved() throws Exception {
        MenuRepository menu = persistence.menu();
        UnitOfWork unitOfWork = persistence.unitOfWork();
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<CategoryId> removal = threads.submit(() -> unitOfWork.inTransaction(() -> {
                assertThat(menu.lockCategory(pizza.id())).isPresent();
                locked.countDown();
                awaitQuietly(goOn);
                menu.remove(pizza.id());
                return pizza.id();
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<MenuItem> addition = threads.submit(() -> unitOfWork.inTransaction(
                    () -> menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()))));

            Thread.sleep(300);
            assertThat(addition).as("waits for the removal to commit").isNotDone();
            goOn.countDown();

            assertThat(removal.get(10, TimeUnit.SECONDS)).isEqualTo(pizza.id());
            assertThatThrownBy(() -> addition.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(NotFoundException.class);
            assertThat(((JooqUnitOfWork) unitOfWork).dsl().fetchCount(DSL.table("delivery_menuitem_c")))
                    .isZero();
        } finally {
            goOn.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
