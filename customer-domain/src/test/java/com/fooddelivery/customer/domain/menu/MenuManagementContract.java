package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.awt.Color;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MenuManagement} promises: adding, changing, removing and retiring, as its own
 * reads then show them. Extended once for the in-memory fake and once for each real adapter, so the
 * fake the use-case tests rely on cannot drift from the database.
 */
public abstract class MenuManagementContract {

    protected static final Currency EUR = Currency.getInstance("EUR");

    private MenuManagement menu;

    /** A management port over an empty menu whose prices are in euros. */
    protected abstract MenuManagement emptyMenu();

    @BeforeEach
    void startEmpty() {
        menu = emptyMenu();
    }

    @Test
    void namesAndDescriptionsAreStoredTrimmed() {
        Category category = menu.add(new NewCategory("  Soups ", "  hot  ", Optional.empty()));

        assertThat(menu.category(category.id()))
                .get()
                .extracting(Category::name, Category::description)
                .containsExactly("Soups", "hot");
    }

    @Test
    void anItemNeedsAnExistingCategory() {
        assertThatThrownBy(() ->
                        menu.add(new NewMenuItem(new CategoryId(999), "Ghost", "", euros("1.00"), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(menu.item(new MenuItemId(1))).isEmpty();
    }

    @Test
    void aLockedCategoryIsReadAsItIs() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));

        assertThat(menu.lockCategory(pizza.id())).contains(pizza);
        assertThat(menu.lockCategory(new CategoryId(404))).isEmpty();
    }

    @Test
    void aChangedCategoryKeepsItsIdAndPicture() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.of(TestPictures.picture(Color.RED))));

        Category changed = menu.change(pizza.id(), new CategoryDetails("  Pizzas ", " Wood-fired "));

        assertThat(changed).isEqualTo(new Category(pizza.id(), "Pizzas", "Wood-fired", true));
        assertThat(menu.category(pizza.id())).contains(changed);
        assertThat(menu.pictureOf(pizza.id())).contains(TestPictures.picture(Color.RED));
    }

    @Test
    void anUnknownCategoryCannotBeChanged() {
        assertThatThrownBy(() -> menu.change(new CategoryId(404), new CategoryDetails("Pizza", "")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.replacePicture(new CategoryId(404), TestPictures.picture(Color.RED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.remove(new CategoryId(404))).isInstanceOf(NotFoundException.class);
        assertThat(menu.categories()).isEmpty();
    }

    @Test
    void aReplacedCategoryPictureIsServedFromThenOn() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.of(TestPictures.picture(Color.BLUE))));

        menu.replacePicture(pizza.id(), TestPictures.picture(Color.RED));
        menu.replacePicture(drinks.id(), TestPictures.picture(Color.GREEN));

        assertThat(menu.pictureOf(pizza.id())).contains(TestPictures.picture(Color.RED));
        assertThat(menu.pictureOf(drinks.id())).contains(TestPictures.picture(Color.GREEN));
        assertThat(menu.category(pizza.id()))
                .get()
                .extracting(Category::hasPicture)
                .isEqualTo(true);
    }

    @Test
    void aRemovedCategoryAndTheItemsLeftInItAreGoneForEveryReader() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.of(TestPictures.picture(Color.RED))));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(
                pizza.id(), "Margherita", "", euros("8.50"), Optional.of(TestPictures.picture(Color.ORANGE))));
        MenuItem water = menu.add(new NewMenuItem(drinks.id(), "Water", "", euros("1.20"), Optional.empty()));

        menu.remove(pizza.id());

        assertThat(menu.categories()).containsExactly(drinks);
        assertThat(menu.category(pizza.id())).isEmpty();
        assertThat(menu.lockCategory(pizza.id())).isEmpty();
        assertThat(menu.pictureOf(pizza.id())).isEmpty();
        assertThat(menu.item(margherita.id())).isEmpty();
        assertThat(menu.pictureOf(margherita.id())).isEmpty();
        assertThat(menu.availableItemsIn(pizza.id())).isEmpty();
        assertThat(menu.item(water.id())).contains(water);
    }

    @Test
    void aRemovedCategoryCannotBeChangedOrFilledAgain() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem water = menu.add(new NewMenuItem(drinks.id(), "Water", "", euros("1.20"), Optional.empty()));
        menu.remove(pizza.id());

        assertThatThrownBy(() -> menu.remove(pizza.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.change(pizza.id(), new CategoryDetails("Back", "")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.replacePicture(pizza.id(), TestPictures.picture(Color.RED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        menu.change(water.id(), new MenuItemDetails(pizza.id(), "Water", "", euros("1.20"), true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(menu.item(water.id())).contains(water);
    }

    @Test
    void aChangedItemTakesEveryNewDetailButKeepsItsPicture() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category specials = menu.add(new NewCategory("Specials", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(
                pizza.id(), "Margherita", "", euros("8.50"), Optional.of(TestPictures.picture(Color.ORANGE))));

        MenuItem changed = menu.change(
                margherita.id(),
                new MenuItemDetails(specials.id(), " Margherita DOP ", "Buffalo mozzarella", euros("12.05"), true));

        assertThat(changed)
                .isEqualTo(new MenuItem(
                        margherita.id(),
                        specials.id(),
                        "Margherita DOP",
                        "Buffalo mozzarella",
                        euros("12.05"),
                        true,
                        true));
        assertThat(menu.item(margherita.id())).contains(changed);
        assertThat(menu.availableItemsIn(pizza.id())).isEmpty();
        assertThat(menu.availableItemsIn(specials.id())).containsExactly(changed);
        assertThat(menu.pictureOf(margherita.id())).contains(TestPictures.picture(Color.ORANGE));
    }

    @Test
    void anItemCannotMoveToAnUnknownCategory() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        assertThatThrownBy(() -> menu.change(
                        margherita.id(),
                        new MenuItemDetails(new CategoryId(404), "Margherita", "", euros("9.00"), true)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("category");
        assertThat(menu.item(margherita.id())).contains(margherita);
    }

    @Test
    void anUnknownItemCannotBeChanged() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItemId unknown = new MenuItemId(404);

        assertThatThrownBy(
                        () -> menu.change(unknown, new MenuItemDetails(pizza.id(), "Ghost", "", euros("1.00"), true)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("menu item");
        assertThatThrownBy(() -> menu.replacePicture(unknown, TestPictures.picture(Color.RED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.retire(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(menu.availableItemsIn(pizza.id())).isEmpty();
    }

    @Test
    void aReplacedItemPictureIsServedFromThenOn() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        Picture jpeg = Picture.of(TestPictures.jpeg(Color.BLUE));

        menu.replacePicture(margherita.id(), jpeg);

        assertThat(menu.pictureOf(margherita.id())).contains(jpeg);
        assertThat(menu.item(margherita.id()))
                .get()
                .extracting(MenuItem::hasPicture)
                .isEqualTo(true);
        assertThat(menu.pictureOf(pizza.id())).isEmpty();
    }

    @Test
    void aRetiredItemIsGoneForEveryReaderAndForGood() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(
                pizza.id(), "Margherita", "", euros("8.50"), Optional.of(TestPictures.picture(Color.ORANGE))));
        MenuItem salami = menu.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));

        menu.retire(margherita.id());

        assertThat(menu.item(margherita.id())).isEmpty();
        assertThat(menu.pictureOf(margherita.id())).isEmpty();
        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(salami);
        assertThatThrownBy(() -> menu.retire(margherita.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.change(
                        margherita.id(), new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.replacePicture(margherita.id(), TestPictures.picture(Color.RED)))
                .isInstanceOf(NotFoundException.class);
        MenuItem next = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        assertThat(next.id()).isNotIn(margherita.id(), salami.id());
    }

    protected static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
