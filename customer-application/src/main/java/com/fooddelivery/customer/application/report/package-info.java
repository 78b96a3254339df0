/**
 * Order reports by e-mail: queued with the request, sent and retried in the background.
 *
 * <p>Which ports each use case needs:
 * <ul>
 *   <li>{@code EmailOrderReport}: OrderRepository, CustomerRepository, ReportMailJobs, UnitOfWork, Clock</li>
 *   <li>{@code SendReportMails}: ReportMailJobs, ReportMailer, UnitOfWork, Clock</li>
 * </ul>
 */
package com.fooddelivery.customer.application.report;
