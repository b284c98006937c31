package com.dxp.collector.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Refuses to start the application when an API account has a password shorter than
 * {@code security.min-password-length}: better a clear failed start than an admin password that falls to a few
 * thousand guesses. Names the variable, never the password.
 */
@ApplicationScoped
public class AccountsCheck {

    @Inject
    SecurityConfig config;

    void checkOnStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE)
                      @Initialized(ApplicationScoped.class) Object applicationStarted) {
        config.passwordProblem().ifPresent(problem -> {
            throw new IllegalStateException("Cannot start: " + problem);
        });
    }
}
