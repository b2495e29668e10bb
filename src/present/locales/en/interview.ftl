# partnercheck's own words on the interview's screens: English.
