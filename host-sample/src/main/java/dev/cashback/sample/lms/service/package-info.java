/**
 * The platform's use cases: catalogue, checkout, refunds, accounts; database set-up and demo data.
 */
package dev.cashback.sample.lms.service;
