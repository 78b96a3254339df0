/**
 * The menu: browsing it (the narrow MenuCatalog) and managing it (MenuManagement, which also reads).
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code ListCategories}, {@code ListMenuItems}, {@code ShowMenuItem}, {@code ShowPicture}:
 *       MenuCatalog (ListMenuItems also UnitOfWork), MenuFreshness</li>
 *   <li>{@code ShowItemRatings}: RestaurantRatings, MenuFreshness</li>
 *   <li>{@code AddCategory}, {@code ChangeCategory}, {@code ReplacePicture}, {@code RemoveCategory}, {@code
 *       RetireMenuItem}: MenuManagement, UnitOfWork, MenuFreshness</li>
 *   <li>{@code AddMenuItem}, {@code ChangeMenuItem}: MenuManagement, UnitOfWork, PriceCeiling,
 *       MenuFreshness</li>
 * </ul>
 */
package com.fooddelivery.customer.application.menu;
