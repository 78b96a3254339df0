package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.awt.Color;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        assertThat(menu.category(pizza.id())).get().extracting(Category::hasPicture).isEqualTo(true);
    }

    @Test
    void aRemovedCategoryAndTheItemsLeftInItAreGoneForEveryReader() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.of(TestPictures.picture(Color.RED))));
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"),
                Optional.of(TestPictures.picture(Color.ORANGE))));
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
        assertThatThrownBy(() -> menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"),
                Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.change(water.id(), new MenuItemDetails(pizza.id(), "Water", "", euros("1.20"),
                true))).isInstanceOf(NotFoundException.class);
        assertThat(menu.item(water.id())).contains(water);
    }

    @Test
    void aChangedItemTakesEveryNewDetailButKeepsItsPicture() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        Category specials = menu.add(new NewCategory("Specials", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"),
                Optional.of(TestPictures.picture(Color.ORANGE))));

        MenuItem changed = menu.change(margherita.id(),
                new MenuItemDetails(specials.id(), " Margherita DOP ", "Buffalo mozzarella", euros("12.05"), true));

        assertThat(changed).isEqualTo(new MenuItem(margherita.id(), specials.id(), "Margherita DOP",
                "Buffalo mozzarella", euros("12.05"), true, true));
        assertThat(menu.item(margherita.id())).contains(changed);
        assertThat(menu.availableItemsIn(pizza.id())).isEmpty();
        assertThat(menu.availableItemsIn(specials.id())).containsExactly(changed);
        assertThat(menu.pictureOf(margherita.id())).contains(TestPictures.picture(Color.ORANGE));
    }

    @Test
    void anUnavailableItemIsShownButNotListed() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        menu.change(margherita.id(), new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), false));

        assertThat(menu.availableItemsIn(pizza.id())).isEmpty();
        assertThat(menu.item(margherita.id())).get().extracting(MenuItem::available).isEqualTo(false);

        menu.change(margherita.id(), new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), true));

        assertThat(menu.availableItemsIn(pizza.id())).extracting(MenuItem::id).containsExactly(margherita.id());
    }

    @Test
    void anItemCannotMoveToAnUnknownCategory() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));

        assertThatThrownBy(() -> menu.change(margherita.id(),
                new MenuItemDetails(new CategoryId(404), "Margherita", "", euros("9.00"), true)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("category");
        assertThat(menu.item(margherita.id())).contains(margherita);
    }

    @Test
    void anUnknownItemCannotBeChanged() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItemId unknown = new MenuItemId(404);

        assertThatThrownBy(() -> menu.change(unknown, new MenuItemDetails(pizza.id(), "Ghost", "", euros("1.00"), true)))
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
        assertThat(menu.item(margherita.id())).get().extracting(MenuItem::hasPicture).isEqualTo(true);
        assertThat(menu.pictureOf(pizza.id())).isEmpty();
    }

    @Test
    void aRetiredItemIsGoneForEveryReaderAndForGood() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"),
                Optional.of(TestPictures.picture(Color.ORANGE))));
        MenuItem salami = menu.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));

        menu.retire(margherita.id());

        assertThat(menu.item(margherita.id())).isEmpty();
        assertThat(menu.pictureOf(margherita.id())).isEmpty();
        assertThat(menu.availableItemsIn(pizza.id())).containsExactly(salami);
        assertThatThrownBy(() -> menu.retire(margherita.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.change(margherita.id(),
                new MenuItemDetails(pizza.id(), "Margherita", "", euros("8.50"), true)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> menu.replacePicture(margherita.id(), TestPictures.picture(Color.RED)))
                .isInstanceOf(NotFoundException.class);
        MenuItem next = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        assertThat(next.id()).isNotIn(margherita.id(), salami.id());
    }

    @Test
    void itemsAreReadTogetherAsEachIsReadAlone() {
        Category pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        MenuItem salami = menu.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));
        MenuItem retired = menu.add(new NewMenuItem(pizza.id(), "Hawaii", "", euros("9.50"), Optional.empty()));
        menu.retire(retired.id());
        MenuItem unavailable = menu.change(salami.id(), new MenuItemDetails(pizza.id(), "Salami", "", euros("9.90"), false));

        assertThat(menu.items(Set.of(margherita.id(), salami.id(), retired.id(), new MenuItemId(999))))
                .isEqualTo(Map.of(margherita.id(), margherita, salami.id(), unavailable));
        assertThat(menu.items(Set.of())).isEmpty();
    }

    protected static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
