package nl.kring.security;

import nl.kring.domain.privacy.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every staff sign-in goes into the organisation's audit trail (issue 21): with the password,
 * by an "Aangemeld blijven" cookie, or with the organisation's own account (OpenID Connect). Failed sign-ins are not: an unknown account name has no
 * organisation, and the throttle counts them (docs/adr/0002).
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof OrganisationAccountUser vouched) {
            StaffPrincipal me = vouched.staff();
            audit.record(me, AuditAction.SIGNED_IN, "medewerker " + me.username() + " · met het account van de"
                    + " organisatie (" + vouched.getIssuer() + ")");
        } else if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal me) {
            audit.record(me, AuditAction.SIGNED_IN, "medewerker " + me.username()
                    + (event.getAuthentication() instanceof RememberMeAuthenticationToken ? " · aangemeld gebleven" : ""));
        }
    }
}
