# partnercheck's own words on the interview's screens: German (Sie).
