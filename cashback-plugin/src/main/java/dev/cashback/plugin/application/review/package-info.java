/**
 * Review against fraud: the queue of cashback waiting for an admin and the admins' decisions on it,
 * each taken once. (The limits and the check a grant makes against them belong to {@code accrual}:
 * the grant runs it under the learner's wallet lock.)
 */
package dev.cashback.plugin.application.review;
