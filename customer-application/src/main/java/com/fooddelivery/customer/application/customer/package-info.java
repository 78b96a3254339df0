/**
 * Accounts: signing up and keeping the profile and password.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code SignUp}: CustomerRepository, PasswordHasher, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ShowProfile}: SignedInReads, Clock</li>
 *   <li>{@code ChangeProfile}: CustomerRepository, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ChangePassword}: CustomerRepository, SessionRepository, SignInAttempts, PasswordHasher,
 *       UnitOfWork, Clock, EventLog</li>
 * </ul>
 */
package com.fooddelivery.customer.application.customer;
