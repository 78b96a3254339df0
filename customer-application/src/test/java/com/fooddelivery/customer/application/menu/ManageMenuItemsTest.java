package com.fooddelivery.customer.application.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.menu.TestPictures;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kitchen keeping the dishes of its menu. */
class ManageMenuItemsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final MenuItemId UNKNOWN = new MenuItemId(77);

    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final MenuFreshness freshness = MenuFreshness.readEveryTime();
    private final PriceCeiling ceiling = new PriceCeiling(Money.of("100.00", EUR));
    private Category pizza;
    private Category drinks;
    private MenuItem margherita;

    @BeforeEach
    void aMenuWithPizzaAndDrinks() {
        pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
    }

    @Test
    void addsAnItemThatCanBeOrderedAtOnce() {
        MenuItem salami = new AddMenuItem(menu, unitOfWork, ceiling, freshness)
                .add(new AddMenuItem.Command(pizza.id().value(), "Salami", "Spicy", new BigDecimal("9.9")));

        assertThat(unitOfWork.transactions()).isEqualTo(1);
        assertThat(salami.price()).isEqualTo(euros("9.90"));
        assertThat(salami.available()).isTrue();
        assertThat(listed(pizza)).containsExactly(margherita, salami);
    }

    @Test
    void reportsEveryBrokenRuleOfANewItemAtOnce() {
        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> new AddMenuItem.Command(null, "", "d".repeat(256), new BigDecimal("0.001")));

        assertThat(failure.errors())
                .containsExactly(
                        new FieldError("categoryId", "is required"),
                        new FieldError("name", "must not be blank"),
                        new FieldError("description", "must be 0 to 255 characters long"),
                        new FieldError("price", "must have at most 2 decimals"));
    }

    @Test
    void refusesPricesOfZeroAndAboveTheCeiling() {
        assertThatThrownBy(() -> new AddMenuItem.Command(pizza.id().value(), "Free", "", BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class);
        AddMenuItem add = new AddMenuItem(menu, unitOfWork, ceiling, freshness);

        ValidationException failure = catchThrowableOfType(
                ValidationException.class,
                () -> add.add(new AddMenuItem.Command(pizza.id().value(), "Gold pizza", "", new BigDecimal("100.01"))));

        assertThat(failure.errors()).containsExactly(new FieldError("price", "must be at most 100.00"));
        assertThat(unitOfWork.transactions()).isZero();
        assertThat(listed(pizza)).containsExactly(margherita);
    }

    @Test
    void anItemNeedsACategoryOnTheMenu() {
        AddMenuItem add = new AddMenuItem(menu, unitOfWork, ceiling, freshness);
        new RemoveCategory(menu, unitOfWork, freshness).remove(new RemoveCategory.Command(drinks.id()));

        for (int categoryId : new int[] {drinks.id().value(), 99}) {
            ValidationException failure = catchThrowableOfType(
                    ValidationException.class,
                    () -> add.add(new AddMenuItem.Command(categoryId, "Water", "", new BigDecimal("1.20"))));
            assertThat(failure.errors()).extracting(FieldError::field).containsExactly("categoryId");
        }
        assertThatThrownBy(() -> new AddMenuItem.Command(-1, "Water", "", BigDecimal.ONE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void changesEverythingAboutAnItem() {
        MenuItem changed = new ChangeMenuItem(menu, unitOfWork, ceiling, freshness)
                .change(new ChangeMenuItem.Command(
                        margherita.id(), drinks.id().value(), "Margarita", "Frozen", new BigDecimal("6"), false));

        assertThat(changed)
                .isEqualTo(
                        new MenuItem(margherita.id(), drinks.id(), "Margarita", "Frozen", euros("6.00"), false, false));
        assertThat(new ShowMenuItem(menu).show(margherita.id())).isEqualTo(changed);
        assertThat(listed(pizza)).isEmpty();
        assertThat(listed(drinks)).isEmpty();
    }

    @Test
    void aChangeNeedsEveryFieldAndAKnownItemAndCategory() {
        ChangeMenuItem change = new ChangeMenuItem(menu, unitOfWork, ceiling, freshness);

        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> new ChangeMenuItem.Command(
                                        margherita.id(),
                                        pizza.id().value(),
                                        "Margherita",
                                        "",
                                        new BigDecimal("8.50"),
                                        null))
                        .errors())
                .containsExactly(new FieldError("available", "is required"));
        assertThatThrownBy(() ->
                        change.change(new ChangeMenuItem.Command(UNKNOWN, 99, "Ghost", "", new BigDecimal("1"), true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowableOfType(
                                ValidationException.class,
                                () -> change.change(new ChangeMenuItem.Command(
                                        margherita.id(), 99, "Margherita", "", new BigDecimal("8.50"), true)))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("categoryId");
        assertThat(menu.item(margherita.id())).contains(margherita);
    }

    @Test
    void replacesAPicture() {
        new ReplacePicture(menu, unitOfWork, freshness)
                .replace(new ReplacePicture.Command.OfMenuItem(margherita.id(), TestPictures.picture(Color.RED)));

        assertThat(new ShowPicture(menu).show(new ShowPicture.Query.OfMenuItem(margherita.id())))
                .isEqualTo(TestPictures.picture(Color.RED));
        assertThatThrownBy(() -> new ReplacePicture(menu, unitOfWork, freshness)
                        .replace(new ReplacePicture.Command.OfMenuItem(UNKNOWN, TestPictures.picture(Color.RED))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRetiredItemVanishesFromTheMenuForGood() {
        RetireMenuItem retire = new RetireMenuItem(menu, unitOfWork, freshness);

        retire.retire(new RetireMenuItem.Command(margherita.id()));

        assertThat(listed(pizza)).isEmpty();
        assertThatThrownBy(() -> new ShowMenuItem(menu).show(margherita.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> retire.retire(new RetireMenuItem.Command(margherita.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ChangeMenuItem(menu, unitOfWork, ceiling, freshness)
                        .change(new ChangeMenuItem.Command(
                                margherita.id(), pizza.id().value(), "Margherita", "", new BigDecimal("8.50"), true)))
                .isInstanceOf(NotFoundException.class);
        // With its only dish retired, the category can go.
        new RemoveCategory(menu, unitOfWork, freshness).remove(new RemoveCategory.Command(pizza.id()));
    }

    private List<MenuItem> listed(Category category) {
        return new ListMenuItems(menu, unitOfWork, MenuFreshness.readEveryTime())
                .list(new ListMenuItems.Query(category.id()))
                .items();
    }

    private static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
