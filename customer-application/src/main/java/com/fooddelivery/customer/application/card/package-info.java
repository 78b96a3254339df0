/**
 * Linked cards: cards a customer saves at the processor to pay later with the CVC alone.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code LinkCard}: LinkedCardRepository, CustomerRepository, CardProcessor, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ListLinkedCards}: LinkedCardRepository</li>
 *   <li>{@code ChangeLinkedCard}: LinkedCardRepository, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code UnlinkCard}: LinkedCardRepository, CardProcessor, UnitOfWork, Clock, EventLog</li>
 * </ul>
 */
package com.fooddelivery.customer.application.card;
