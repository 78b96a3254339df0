/** Sessions and their tokens, stored as digests only. Port: {@code SessionRepository} (jOOQ). */
package com.fooddelivery.customer.domain.token;
