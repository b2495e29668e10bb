# partnercheck's own words on the interview's screens: French (vous).
