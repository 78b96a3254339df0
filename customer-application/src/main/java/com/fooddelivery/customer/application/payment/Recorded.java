package com.fooddelivery.customer.application.payment;

import java.util.Optional;

/**
 * What {@link PayOrder}'s recording transaction committed, and the release of a hold it left owed: the
 * processor is asked for that only after the commit (see {@link HoldRelease}).
 *
 * @param owed   the release of a hold whose order was cancelled meanwhile, if there is one
 */
record Recorded(PayOrder.Result result, Optional<HoldRelease.Owed> owed) {}
