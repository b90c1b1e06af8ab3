package org.drillsim.format.model;

/**
 * A supply held by a supplier under agreement (协议储备), delivered after a lead time on request.
 *
 * @param id            unique id
 * @param supplier      supplier name
 * @param item          item
 * @param quantity      quantity in the item's unit
 * @param leadTimeHours hours from request to arrival at the depot
 * @param deliverTo     depot id receiving it
 */
@Doc("Agreement reserve (协议储备): supplier, item, quantity, lead time")
public record AgreementReserve(
        @Doc("unique id") String id,
        @Doc("supplier name") LocalizedText supplier,
        ReliefItem item,
        @Range(min = 1, max = 1e10) @Doc("quantity in the item's unit") long quantity,
        @Range(min = 0, max = 720) @Doc("lead time from request to arrival, hours") double leadTimeHours,
        @Doc("depot id receiving it") String deliverTo) {
}
