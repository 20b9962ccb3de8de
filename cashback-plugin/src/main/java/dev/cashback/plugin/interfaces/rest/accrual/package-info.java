/**
 * Cashback transactions and History over HTTP: lists for admins and instructors, the admin's
 * refund, and switching a learner's cashback.
 */
package dev.cashback.plugin.interfaces.rest.accrual;
