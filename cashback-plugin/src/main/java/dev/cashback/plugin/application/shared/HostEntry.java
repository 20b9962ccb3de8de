package dev.cashback.plugin.application.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what the host calls on its own threads: the plugin's API for the host and the observers of
 * the host's events. Such a call leaves the host's thread as it found it, whatever the plugin's
 * other threads do at the same moment ({@link HostEntryInterceptor} says why that needs saying).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface HostEntry {}
