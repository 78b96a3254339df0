/**
 * What every area uses: {@code Money}, validation ({@code Validator}, {@code ValidationException}),
 * the client's {@code IdempotencyKey}, the domain's
 * exceptions, and the {@code UnitOfWork} port, one transaction per use case.
 */
package com.fooddelivery.customer.domain.shared;
