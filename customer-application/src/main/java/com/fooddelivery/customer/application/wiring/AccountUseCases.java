package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.ShowProfile;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.session.Authenticate;
import com.fooddelivery.customer.application.session.ListSessions;
import com.fooddelivery.customer.application.session.SignIn;
import com.fooddelivery.customer.application.session.SignOut;
import com.fooddelivery.customer.domain.token.SignedInReads;

/**
 * The use cases of accounts and sessions: signing up and in, the profile and the password.
 */
public final class AccountUseCases {

    private final SignUp signUp;
    private final SignIn signIn;
    private final SignOut signOut;
    private final ListSessions listSessions;
    private final Authenticate authenticate;
    private final ShowProfile showProfile;
    private final ChangeProfile changeProfile;
    private final ChangePassword changePassword;

    AccountUseCases(CorePorts p, CorePolicies policies, SignedInReads reads) {
        AccountPorts a = p.accounts();
        signUp = new SignUp(a.customers(), a.hasher(), p.unitOfWork(), p.clock(), p.events());
        signIn = new SignIn(
                a.customers(),
                a.sessions(),
                a.signInAttempts(),
                a.deviceTokens(),
                a.hasher(),
                p.unitOfWork(),
                policies.sessions(),
                p.clock(),
                p.events());
        signOut = new SignOut(a.sessions(), p.unitOfWork(), p.clock(), p.events());
        listSessions = new ListSessions(a.sessions(), p.clock());
        authenticate = new Authenticate(a.sessions(), p.clock());
        showProfile = new ShowProfile(reads, p.clock());
        changeProfile = new ChangeProfile(
                a.customers(),
                p.unitOfWork(),
                p.clock(),
                p.events(),
                p.payments().linkedCards());
        changePassword = new ChangePassword(
                a.customers(), a.sessions(), a.signInAttempts(), a.hasher(), p.unitOfWork(), p.clock(), p.events());
    }

    /** Creates an account. */
    public SignUp signUp() {
        return signUp;
    }

    /** Checks a password and opens a session. */
    public SignIn signIn() {
        return signIn;
    }

    /** Ends a session. */
    public SignOut signOut() {
        return signOut;
    }

    /** The customer's open sessions. */
    public ListSessions listSessions() {
        return listSessions;
    }

    /** Turns a bearer token into the caller, or refuses it. */
    public Authenticate authenticate() {
        return authenticate;
    }

    /** The customer's profile. */
    public ShowProfile showProfile() {
        return showProfile;
    }

    /** Changes the profile. */
    public ChangeProfile changeProfile() {
        return changeProfile;
    }

    /** Changes the password and ends the other sessions. */
    public ChangePassword changePassword() {
        return changePassword;
    }
}
