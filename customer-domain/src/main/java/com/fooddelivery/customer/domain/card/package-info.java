/**
 * Cards a customer linked for later payments. Ports: {@code LinkedCardRepository} (jOOQ), and {@code FindLinkedCard},
 * the one lookup paying needs.
 */
package com.fooddelivery.customer.domain.card;
