/**
 * Categories, menu items and their pictures. Ports, narrow by reader: {@code MenuCatalog} (browsing),
 * {@code MenuPrices} (placing an order), {@code MenuManagement} (the ops routes); {@code MenuRepository} joins them.
 */
package com.fooddelivery.customer.domain.menu;
