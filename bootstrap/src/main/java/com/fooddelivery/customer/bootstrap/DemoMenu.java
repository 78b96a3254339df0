package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A demo menu for the embedded default: six categories and their dishes, each with a picture drawn
 * here (a plate on a coloured table, varied per dish), so a fresh checkout shows a full menu.
 */
final class DemoMenu {

    private record Dish(String name, String description, String price) {}

    private record Section(String name, String description, Color colour, List<Dish> dishes) {}

    private static final List<Section> SECTIONS = List.of(
            new Section(
                    "Pizza",
                    "Stone-baked, 30 cm",
                    new Color(0xC0392B),
                    List.of(
                            new Dish("Margherita", "Tomato, mozzarella, basil", "8.50"),
                            new Dish("Salami", "Tomato, mozzarella, spicy salami", "9.90"),
                            new Dish("Quattro formaggi", "Mozzarella, gorgonzola, parmesan, fontina", "11.20"),
                            new Dish("Funghi", "Tomato, mozzarella, mushrooms", "9.40"),
                            new Dish("Diavola", "Hot salami, chili, olives", "10.50"),
                            new Dish("Vegetariana", "Grilled vegetables, mozzarella", "9.80"),
                            new Dish("Calzone", "Folded, ham, ricotta, mushrooms", "10.90"))),
            new Section(
                    "Burgers",
                    "Grilled beef or plant patties in brioche buns",
                    new Color(0x8E5B2B),
                    List.of(
                            new Dish("Classic burger", "Beef, cheddar, pickles, onion", "9.50"),
                            new Dish("Bacon burger", "Beef, bacon, smoked cheddar", "10.90"),
                            new Dish("Chicken burger", "Crispy chicken, slaw, mayo", "9.20"),
                            new Dish("Veggie burger", "Plant patty, avocado, tomato", "9.70"),
                            new Dish("Double burger", "Two beef patties, double cheese", "12.40"),
                            new Dish("Fries", "Hand-cut, sea salt", "3.50"),
                            new Dish("Onion rings", "Beer-battered", "3.90"))),
            new Section(
                    "Sushi",
                    "Made to order",
                    new Color(0x2E86C1),
                    List.of(
                            new Dish("Salmon nigiri", "Two pieces", "4.20"),
                            new Dish("Tuna maki", "Six pieces", "5.10"),
                            new Dish("California roll", "Crab, avocado, cucumber, eight pieces", "7.80"),
                            new Dish("Dragon roll", "Eel, avocado, eight pieces", "11.50"),
                            new Dish("Vegetable maki", "Cucumber, avocado, carrot", "4.60"),
                            new Dish("Sashimi set", "Salmon, tuna, sea bass, twelve slices", "15.90"),
                            new Dish("Miso soup", "Tofu, wakame, spring onion", "2.90"))),
            new Section(
                    "Salads",
                    "Fresh every morning",
                    new Color(0x27AE60),
                    List.of(
                            new Dish("Caesar salad", "Romaine, parmesan, croutons", "7.90"),
                            new Dish("Greek salad", "Feta, olives, tomato, cucumber", "7.50"),
                            new Dish("Caprese", "Tomato, mozzarella, basil, olive oil", "7.20"),
                            new Dish("Quinoa bowl", "Quinoa, chickpeas, roasted vegetables", "8.60"),
                            new Dish("Nicoise", "Tuna, egg, beans, potatoes", "8.90"),
                            new Dish("Garden salad", "Mixed leaves, vinaigrette", "5.40"),
                            new Dish("Chicken salad", "Grilled chicken, corn, avocado", "8.80"))),
            new Section(
                    "Desserts",
                    "Baked in house",
                    new Color(0xAF7AC5),
                    List.of(
                            new Dish("Tiramisu", "Mascarpone, espresso, cocoa", "5.20"),
                            new Dish("Cheesecake", "New York style, berry sauce", "5.40"),
                            new Dish("Chocolate brownie", "Warm, with walnuts", "4.30"),
                            new Dish("Panna cotta", "Vanilla, raspberry coulis", "4.80"),
                            new Dish("Apple pie", "Cinnamon, vanilla sauce", "4.60"),
                            new Dish("Ice cream", "Three scoops", "3.90"),
                            new Dish("Fruit salad", "Seasonal fruit", "4.10"))),
            new Section(
                    "Drinks",
                    "Cold and hot",
                    new Color(0xF1C40F),
                    List.of(
                            new Dish("Still water", "0.5 l", "1.50"),
                            new Dish("Sparkling water", "0.5 l", "1.50"),
                            new Dish("Cola", "0.33 l can", "2.20"),
                            new Dish("Orange juice", "Freshly squeezed, 0.3 l", "3.40"),
                            new Dish("Lemonade", "Home-made, 0.4 l", "3.10"),
                            new Dish("Iced tea", "Peach, 0.4 l", "2.80"),
                            new Dish("Espresso", "Double shot", "2.40"))));

    private DemoMenu() {}

    /** Loads the demo menu in one transaction, unless the menu already has categories. */
    static boolean loadIfEmpty(MenuRepository menu, UnitOfWork unitOfWork, Currency currency) {
        return unitOfWork.inTransaction(() -> {
            if (!menu.categories().isEmpty()) {
                return false;
            }
            for (Section section : SECTIONS) {
                Category category = menu.add(new NewCategory(
                        section.name(),
                        section.description(),
                        Optional.of(draw(section.colour(), section.name().hashCode(), true))));
                for (Dish dish : section.dishes()) {
                    menu.add(new NewMenuItem(
                            category.id(),
                            dish.name(),
                            dish.description(),
                            Money.of(dish.price(), currency),
                            Optional.of(draw(section.colour(), dish.name().hashCode(), false))));
                }
            }
            return true;
        });
    }

    /** How many dishes the demo menu holds. */
    static int dishCount() {
        return SECTIONS.stream().mapToInt(section -> section.dishes().size()).sum();
    }

    /** How many categories the demo menu holds. */
    static int categoryCount() {
        return SECTIONS.size();
    }

    private static Picture draw(Color table, int seed, boolean banner) {
        int width = banner ? 480 : 320;
        int height = banner ? 200 : 240;
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, table.brighter(), width, height, table.darker()));
            g.fillRect(0, 0, width, height);
            int plate = Math.min(width, height) - 40;
            int x = (width - plate) / 2;
            int y = (height - plate) / 2;
            g.setColor(new Color(0, 0, 0, 60));
            g.fillOval(x + 6, y + 8, plate, plate);
            g.setColor(Color.WHITE);
            g.fillOval(x, y, plate, plate);
            g.setColor(new Color(225, 225, 225));
            g.setStroke(new BasicStroke(3));
            g.drawOval(x + plate / 8, y + plate / 8, plate * 3 / 4, plate * 3 / 4);
            int pieces = 3 + random.nextInt(6);
            for (int i = 0; i < pieces; i++) {
                g.setColor(Color.getHSBColor(
                        random.nextFloat(), 0.55f + random.nextFloat() * 0.4f, 0.7f + random.nextFloat() * 0.3f));
                int size = plate / 6 + random.nextInt(plate / 5);
                double angle = random.nextDouble() * Math.PI * 2;
                double distance = random.nextDouble() * plate / 4;
                int cx = (int) (width / 2.0 + Math.cos(angle) * distance) - size / 2;
                int cy = (int) (height / 2.0 + Math.sin(angle) * distance) - size / 2;
                g.fillOval(cx, cy, size, size * (2 + random.nextInt(2)) / 3);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Picture.of(png.toByteArray());
    }
}
