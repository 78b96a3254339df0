package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemoryReportMailJobsTest extends ReportMailJobsContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryCustomerRepository(), new InMemoryReportMailJobs());
    }
}
