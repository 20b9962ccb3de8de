/** The signed-in learner's own wallet over HTTP. */
package dev.cashback.plugin.interfaces.rest.wallet;
