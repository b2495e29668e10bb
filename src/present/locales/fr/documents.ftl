# partnercheck's own words in the documents it writes for people (the
# internal report, the agenda): French (vous).
