/**
 * The cashback model: rules, cashback transactions and the money they move. Plain Java and JPA
 * mapping only; no host types, no CDI, no Faces. Repository interfaces sit beside their aggregate;
 * their JPA implementations live in infrastructure.
 */
package dev.cashback.plugin.domain;
