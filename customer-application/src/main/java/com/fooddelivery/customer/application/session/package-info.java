/**
 * Sessions: signing in and out, and turning a bearer token into the caller.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code SignIn}: CustomerRepository, SessionRepository, SignInAttempts, DeviceTokens, PasswordHasher,
 *       UnitOfWork, SessionPolicy, Clock, EventLog</li>
 *   <li>{@code SignOut}: SessionRepository, UnitOfWork, Clock, EventLog</li>
 *   <li>{@code ListSessions}, {@code Authenticate}: SessionRepository, Clock</li>
 * </ul>
 */
package com.fooddelivery.customer.application.session;
