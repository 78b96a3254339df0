package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.Money;
import java.awt.Color;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MenuCatalog} promises to the customers who browse it. Extended once for the
 * in-memory fake and once for each real adapter, so the fake the use-case tests rely on cannot
 * drift from the store.
 *
 * <p>The contract puts categories and items on the menu through a {@link MenuManagement} over the
 * same store; a team whose menu is filled some other way gives a test-only one.
 */
public abstract class MenuCatalogContract {

    protected static final Currency EUR = Currency.getInstance("EUR");

    private MenuCatalog catalog;
    private MenuManagement stock;

    /** The port over an empty menu whose prices are in euros, and a way to stock that same menu. */
    protected abstract MenuUnderTest<MenuCatalog> emptyMenu();

    @BeforeEach
    void startEmpty() {
        MenuUnderTest<MenuCatalog> menu = emptyMenu();
        catalog = menu.port();
        stock = menu.stock();
    }

    @Test
    void anEmptyMenuHasNoCategories() {
        assertThat(catalog.categories()).isEmpty();
        assertThat(catalog.category(new CategoryId(1))).isEmpty();
        assertThat(catalog.availableItemsIn(new CategoryId(1))).isEmpty();
        assertThat(catalog.item(new MenuItemId(1))).isEmpty();
    }

    @Test
    void addedCategoriesAreListedInTheOrderTheyWereAdded() {
        Category pizza =
                stock.add(new NewCategory("Pizza", "Stone-baked", Optional.of(TestPictures.picture(Color.RED))));
        Category drinks = stock.add(new NewCategory("Drinks", "", Optional.empty()));

        assertThat(catalog.categories()).containsExactly(pizza, drinks);
        assertThat(pizza.hasPicture()).isTrue();
        assertThat(drinks.hasPicture()).isFalse();
        assertThat(catalog.category(drinks.id())).contains(drinks);
    }

    @Test
    void itemsAreListedUnderTheirOwnCategoryOnly() {
        Category pizza = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = stock.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = stock.add(new NewMenuItem(
                pizza.id(),
                "Margherita",
                "Tomato, mozzarella",
                euros("8.50"),
                Optional.of(TestPictures.picture(Color.ORANGE))));
        MenuItem salami = stock.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));
        MenuItem water = stock.add(new NewMenuItem(drinks.id(), "Water", "", euros("1.20"), Optional.empty()));

        assertThat(catalog.availableItemsIn(pizza.id())).containsExactly(margherita, salami);
        assertThat(catalog.availableItemsIn(drinks.id())).containsExactly(water);
    }

    @Test
    void anItemKeepsItsExactPrice() {
        Category pizza = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem added = stock.add(new NewMenuItem(pizza.id(), "Calzone", "Folded", euros("10.05"), Optional.empty()));

        MenuItem found = catalog.item(added.id()).orElseThrow();

        assertThat(found).isEqualTo(added);
        assertThat(found.price()).isEqualTo(euros("10.05"));
        assertThat(found.price().amount().scale()).isEqualTo(2);
        assertThat(found.available()).isTrue();
    }

    @Test
    void picturesComeBackByteForByte() {
        Picture red = TestPictures.picture(Color.RED);
        Picture blue = Picture.of(TestPictures.jpeg(Color.BLUE));
        Category category = stock.add(new NewCategory("Pizza", "", Optional.of(red)));
        MenuItem item = stock.add(new NewMenuItem(category.id(), "Margherita", "", euros("8.50"), Optional.of(blue)));

        assertThat(catalog.pictureOf(category.id())).contains(red);
        assertThat(catalog.pictureOf(item.id())).get().satisfies(picture -> {
            assertThat(picture.bytes()).isEqualTo(blue.bytes());
            assertThat(picture.type()).isEqualTo(ImageType.JPEG);
            assertThat(picture.tag()).isEqualTo(blue.tag());
        });
    }

    @Test
    void ownersWithoutPictureAndUnknownOwnersHaveNone() {
        Category category = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem item = stock.add(new NewMenuItem(category.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        assertThat(catalog.pictureOf(category.id())).isEmpty();
        assertThat(catalog.pictureOf(item.id())).isEmpty();
        assertThat(catalog.pictureOf(new CategoryId(404))).isEmpty();
        assertThat(catalog.pictureOf(new MenuItemId(404))).isEmpty();
    }

    @Test
    void anUnavailableItemIsShownButNotListed() {
        Category pizza = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = stock.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        stock.change(margherita.id(), new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), false));

        assertThat(catalog.availableItemsIn(pizza.id())).isEmpty();
        assertThat(catalog.item(margherita.id()))
                .get()
                .extracting(MenuItem::available)
                .isEqualTo(false);

        stock.change(margherita.id(), new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), true));

        assertThat(catalog.availableItemsIn(pizza.id()))
                .extracting(MenuItem::id)
                .containsExactly(margherita.id());
    }

    protected static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
