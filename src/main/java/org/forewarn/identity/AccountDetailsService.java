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
        return accounts.findByUsername(username).map(ForewarnUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
