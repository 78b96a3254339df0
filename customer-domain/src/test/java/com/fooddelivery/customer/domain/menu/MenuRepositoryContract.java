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
 * What every {@link MenuRepository} promises. Extended once for the in-memory fake and once for each
 * real adapter, so the fake the use-case tests rely on cannot drift from the database.
 */
public abstract class MenuRepositoryContract {

    protected static final Currency EUR = Currency.getInstance("EUR");

    private MenuRepository menu;

    /** A repository over an empty menu whose prices are in euros. */
    protected abstract MenuRepository emptyMenu();

    @BeforeEach
    void startEmpty() {
        menu = emptyMenu();
    }

    @Test
    void anEmptyMenuHasNoCategories() {
        assertThat(menu.categories()).isEmpty();
        assertThat(menu.category(new CategoryId(1))).isEmpty();
        assertThat(menu.availableItemsIn(new CategoryId(1))).isEmpty();
        assertThat(menu.item(new MenuItemId(1))).isEmpty();
    }

    @Test
    void addedCategoriesAreListedInTheOrderTheyWereAdded() {
        Category pizza = menu.add(new NewCategory("Pizza", "Stone-baked", Optional.of(TestPictures.picture(Color.RED))));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));

        assertThat(menu.categories()).containsExactly(pizza, drinks);
        assertThat(pizza.hasPicture()).isTrue();
        assertThat(drinks.hasPicture()).isFalse();
        assertThat(menu.category(drinks.id())).contains(drinks);
    }

    @Test
    void namesAndDescriptionsAreStoredTrimmed() {
        Category category = menu.add(new NewCategory("  Soups ", "  hot  ", Optional.empty()));

        assertThat(menu.category(category.id())).get()
                .extracting(Category::name, Category::description)
                .containsExactly("Soups", "hot");
    }

    @Test
    void itemsAreListedUnderTheirOwnCategoryOnly() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "Tomato, mozzarella",
                euros("8.50"), Optional.of(TestPictures.picture(Color.ORANGE))));
        MenuItem salami = menu.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));
        MenuItem water = menu.add(new NewMenuItem(drinks.id(), "Water", "", euros("1.20"), Optional.empty()));

        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(margherita, salami);
        assertThat(menu.availableItemsIn(drinks.id())).containsExactly(water);
    }

    @Test
    void anItemKeepsItsExactPrice() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem added = menu.add(new NewMenuItem(pizza.id(), "Calzone", "Folded", euros("10.05"), Optional.empty()));

        MenuItem found = menu.item(added.id()).orElseThrow();

        assertThat(found).isEqualTo(added);
        assertThat(found.price()).isEqualTo(euros("10.05"));
        assertThat(found.price().amount().scale()).isEqualTo(2);
        assertThat(found.available()).isTrue();
    }

    @Test
    void anItemNeedsAnExistingCategory() {
        assertThatThrownBy(() -> menu.add(new NewMenuItem(new CategoryId(999), "Ghost", "", euros("1.00"),
                Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(menu.item(new MenuItemId(1))).isEmpty();
    }

    @Test
    void picturesComeBackByteForByte() {
        Picture red = TestPictures.picture(Color.RED);
        Picture blue = Picture.of(TestPictures.jpeg(Color.BLUE));
        Category category = menu.add(new NewCategory("Pizza", "", Optional.of(red)));
        MenuItem item = menu.add(new NewMenuItem(category.id(), "Margherita", "", euros("8.50"), Optional.of(blue)));

        assertThat(menu.pictureOf(category.id())).contains(red);
        assertThat(menu.pictureOf(item.id())).get().satisfies(picture -> {
            assertThat(picture.bytes()).isEqualTo(blue.bytes());
            assertThat(picture.type()).isEqualTo(ImageType.JPEG);
            assertThat(picture.tag()).isEqualTo(blue.tag());
        });
    }

    @Test
    void ownersWithoutPictureAndUnknownOwnersHaveNone() {
        Category category = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem item = menu.add(new NewMenuItem(category.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        assertThat(menu.pictureOf(category.id())).isEmpty();
        assertThat(menu.pictureOf(item.id())).isEmpty();
        assertThat(menu.pictureOf(new CategoryId(404))).isEmpty();
        assertThat(menu.pictureOf(new MenuItemId(404))).isEmpty();
    }

    protected static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
