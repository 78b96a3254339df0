package com.fooddelivery.customer.application.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.TestPictures;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.awt.Color;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kitchen keeping the sections of its menu. */
class ManageCategoriesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final CategoryId UNKNOWN = new CategoryId(77);

    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final MenuFreshness freshness = MenuFreshness.readEveryTime();

    @Test
    void addsACategoryThatCustomersSeeAtOnce() {
        Category soups = new AddCategory(menu, unitOfWork, freshness).add(new AddCategory.Command(" Soups ", null));

        assertThat(soups.name()).isEqualTo("Soups");
        assertThat(soups.description()).isEmpty();
        assertThat(soups.hasPicture()).isFalse();
        assertThat(new ListCategories(menu, MenuFreshness.readEveryTime())
                        .list()
                        .categories())
                .containsExactly(soups);
        assertThat(unitOfWork.transactions()).isEqualTo(1);
    }

    @Test
    void aNewCategoryNeedsANameAndAShortDescription() {
        ValidationException failure =
                catchThrowableOfType(ValidationException.class, () -> new AddCategory.Command(" ", "d".repeat(256)));

        assertThat(failure.errors()).extracting(FieldError::field).containsExactly("name", "description");
        assertThatThrownBy(() -> new AddCategory.Command("n".repeat(151), "")).isInstanceOf(ValidationException.class);
    }

    @Test
    void changesTheWordsOfACategory() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));

        Category changed = new ChangeCategory(menu, unitOfWork, freshness)
                .change(new ChangeCategory.Command(pizza.id(), "Pizzas", "Wood-fired"));

        assertThat(changed.name()).isEqualTo("Pizzas");
        assertThat(menu.category(pizza.id())).contains(changed);
    }

    @Test
    void anUnknownCategoryCannotBeChanged() {
        ChangeCategory change = new ChangeCategory(menu, unitOfWork, freshness);

        assertThatThrownBy(() -> change.change(new ChangeCategory.Command(UNKNOWN, "Pizza", "")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new ReplacePicture(menu, unitOfWork, freshness)
                        .replace(new ReplacePicture.Command.OfCategory(UNKNOWN, TestPictures.picture(Color.RED))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void replacesAPicture() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.of(TestPictures.picture(Color.RED))));

        new ReplacePicture(menu, unitOfWork, freshness)
                .replace(new ReplacePicture.Command.OfCategory(pizza.id(), TestPictures.picture(Color.GREEN)));

        assertThat(new ShowPicture(menu).show(new ShowPicture.Query.OfCategory(pizza.id())))
                .isEqualTo(TestPictures.picture(Color.GREEN));
    }

    @Test
    void removesACategoryWithNothingToOrderAndRetiresWhatWasLeftInIt() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        menu.makeUnavailable(margherita.id());

        new RemoveCategory(menu, unitOfWork, freshness).remove(new RemoveCategory.Command(pizza.id()));

        assertThat(new ListCategories(menu, MenuFreshness.readEveryTime())
                        .list()
                        .categories())
                .containsExactly(drinks);
        assertThatThrownBy(() -> new ShowMenuItem(menu).show(margherita.id())).isInstanceOf(NotFoundException.class);
        assertThat(unitOfWork.transactions()).isEqualTo(1);
    }

    @Test
    void aCategoryThatStillOffersDishesStays() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        assertThatThrownBy(() ->
                        new RemoveCategory(menu, unitOfWork, freshness).remove(new RemoveCategory.Command(pizza.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("1 available menu item;");
        assertThat(menu.category(pizza.id())).contains(pizza);
        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(margherita);
    }

    @Test
    void anUnknownOrRemovedCategoryCannotBeRemoved() {
        RemoveCategory remove = new RemoveCategory(menu, unitOfWork, freshness);
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        remove.remove(new RemoveCategory.Command(pizza.id()));

        assertThatThrownBy(() -> remove.remove(new RemoveCategory.Command(pizza.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> remove.remove(new RemoveCategory.Command(UNKNOWN)))
                .isInstanceOf(NotFoundException.class);
    }

    private static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
