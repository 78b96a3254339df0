package com.fooddelivery.customer.application.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.ImageType;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.menu.TestPictures;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer browsing the menu: categories, their items, one item, pictures. */
class BrowseMenuTest {

    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private Category pizza;
    private MenuItem margherita;
    private MenuItem salami;

    @BeforeEach
    void aMenuWithPizza() {
        pizza = menu.add(new NewCategory("Pizza", "Stone-baked", Optional.of(TestPictures.picture(Color.RED))));
        margherita = menu.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        salami = menu.add(new NewMenuItem(
                pizza.id(), "Salami", "", euros("9.90"), Optional.of(TestPictures.picture(Color.ORANGE))));
    }

    @Test
    void listsEveryCategory() {
        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));

        assertThat(new ListCategories(menu, MenuFreshness.readEveryTime())
                        .list()
                        .categories())
                .containsExactly(pizza, drinks);
    }

    @Test
    void listsOnlyWhatCanBeOrderedNow() {
        menu.makeUnavailable(margherita.id());

        ListMenuItems.Result result = new ListMenuItems(menu, unitOfWork, MenuFreshness.readEveryTime())
                .list(new ListMenuItems.Query(pizza.id()));

        assertThat(result.category()).isEqualTo(pizza);
        assertThat(result.items()).containsExactly(salami);
        assertThat(unitOfWork.transactions()).isEqualTo(1);
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        ListMenuItems useCase = new ListMenuItems(menu, unitOfWork, MenuFreshness.readEveryTime());

        assertThatThrownBy(() -> useCase.list(new ListMenuItems.Query(new CategoryId(77))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("category 77");
    }

    @Test
    void showsAnItemEvenWhenItCannotBeOrdered() {
        menu.makeUnavailable(margherita.id());

        MenuItem shown = new ShowMenuItem(menu).show(margherita.id());

        assertThat(shown.name()).isEqualTo("Margherita");
        assertThat(shown.available()).isFalse();
    }

    @Test
    void anUnknownItemIsNotFound() {
        assertThatThrownBy(() -> new ShowMenuItem(menu).show(new MenuItemId(42)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void fetchesPicturesOfCategoriesAndItems() {
        ShowPicture showPicture = new ShowPicture(menu);

        assertThat(showPicture.show(new ShowPicture.Query.OfCategory(pizza.id())))
                .isEqualTo(TestPictures.picture(Color.RED));
        assertThat(showPicture
                        .show(new ShowPicture.Query.OfMenuItem(salami.id()))
                        .type())
                .isEqualTo(ImageType.PNG);
    }

    @Test
    void aMissingPictureIsNotFound() {
        ShowPicture showPicture = new ShowPicture(menu);

        assertThatThrownBy(() -> showPicture.show(new ShowPicture.Query.OfMenuItem(margherita.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> showPicture.show(new ShowPicture.Query.OfCategory(new CategoryId(9))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aChangeReachesBrowsingCustomersOnceTheirLastReadIsTooOld() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
        MenuFreshness freshness = new MenuFreshness(Duration.ofSeconds(2), clock);
        ListCategories listCategories = new ListCategories(menu, freshness);
        ListMenuItems listMenuItems = new ListMenuItems(menu, unitOfWork, freshness);
        listCategories.list();
        listMenuItems.list(new ListMenuItems.Query(pizza.id()));

        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));
        menu.makeUnavailable(margherita.id());
        clock.advance(Duration.ofMillis(1999));

        assertThat(listCategories.list().categories()).containsExactly(pizza);
        assertThat(listMenuItems.list(new ListMenuItems.Query(pizza.id())).items())
                .containsExactly(margherita, salami);

        clock.advance(Duration.ofMillis(1));

        assertThat(listCategories.list().categories()).containsExactly(pizza, drinks);
        assertThat(listMenuItems.list(new ListMenuItems.Query(pizza.id())).items())
                .containsExactly(salami);
    }

    @Test
    void aChangeMadeOnThisInstanceShowsOnTheNextBrowseHoweverLongReadsAreKept() {
        MenuFreshness freshness = new MenuFreshness(Duration.ofHours(1), Clock.systemUTC());
        ListCategories listCategories = new ListCategories(menu, freshness);
        ListMenuItems listMenuItems = new ListMenuItems(menu, unitOfWork, freshness);
        listCategories.list();
        listMenuItems.list(new ListMenuItems.Query(pizza.id()));

        new ChangeMenuItem(menu, unitOfWork, new PriceCeiling(euros("100.00")), freshness)
                .change(new ChangeMenuItem.Command(
                        margherita.id(),
                        pizza.id().value(),
                        "Margherita",
                        "",
                        margherita.price().amount(),
                        false));
        Category drinks = new AddCategory(menu, unitOfWork, freshness).add(new AddCategory.Command("Drinks", null));

        assertThat(listMenuItems.list(new ListMenuItems.Query(pizza.id())).items())
                .containsExactly(salami);
        assertThat(listCategories.list().categories()).containsExactly(pizza, drinks);
        assertThat(listMenuItems.list(new ListMenuItems.Query(drinks.id())).items())
                .isEmpty();

        new RemoveCategory(menu, unitOfWork, freshness).remove(new RemoveCategory.Command(drinks.id()));

        assertThat(listCategories.list().categories()).containsExactly(pizza);
        assertThatThrownBy(() -> listMenuItems.list(new ListMenuItems.Query(drinks.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownCategoryIsNotRemembered() {
        MenuFreshness freshness = new MenuFreshness(Duration.ofMinutes(1), Clock.systemUTC());
        ListMenuItems listMenuItems = new ListMenuItems(menu, unitOfWork, freshness);
        CategoryId next = new CategoryId(pizza.id().value() + 1);
        assertThatThrownBy(() -> listMenuItems.list(new ListMenuItems.Query(next)))
                .isInstanceOf(NotFoundException.class);

        Category drinks = menu.add(new NewCategory("Drinks", "", Optional.empty()));

        assertThat(drinks.id()).isEqualTo(next);
        assertThat(listMenuItems.list(new ListMenuItems.Query(next)).category()).isEqualTo(drinks);
    }

    @Test
    void aNegativeAgeIsRefused() {
        assertThatThrownBy(() -> new MenuFreshness(Duration.ofSeconds(-1), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Money euros(String amount) {
        return Money.of(amount, Currency.getInstance("EUR"));
    }
}
