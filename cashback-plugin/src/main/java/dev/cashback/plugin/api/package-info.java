/**
 * The whole contract between a host and the cashback plugin: immutable event types the host fires,
 * the value types they carry, and the few services a host may call. Nothing here refers to the
 * plugin's internals or to JPA; the contract grows by new types and default methods, never by
 * breaking changes.
 */
package dev.cashback.plugin.api;
