/**
 * The platform's use cases: the course catalogue, checkout, purchases and refunds, the stores and
 * their offers; the directory the plugin reads (courses, categories, instructors, users, groups);
 * the database with its migrations, demo data, and the checks that refuse an unsafe start.
 */
package dev.cashback.sample.lms.service;
