package dev.cashback.sample.lms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login: protected pages send anonymous visitors to the login page and back. */
@FormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/login.xhtml",
            errorPage = "/login.xhtml?failed=true",
            useForwardToLogin = false))
@ApplicationScoped
public class LoginConfiguration {}
