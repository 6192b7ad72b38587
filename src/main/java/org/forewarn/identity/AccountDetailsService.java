package org.forewarn.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // Someone who signs in through the identity provider has no password here to try.
        return accounts.findByUsername(username).filter(account -> !account.signsInThroughProvider())
                .map(ForewarnUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
