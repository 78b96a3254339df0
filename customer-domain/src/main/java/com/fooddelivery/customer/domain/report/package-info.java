/** Order reports sent by e-mail. Ports: {@code ReportMailJobs} (the queue, jOOQ) and {@code ReportMailer} (SMTP). */
package com.fooddelivery.customer.domain.report;
