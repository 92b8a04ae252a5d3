// Fuseaux horaires par leur nom (base IANA)
Trace(DateHeureLocaleVersFuseau("20240115120000000", "Europe/Paris"))   // expect: 20240115130000000
Trace(DateHeureFuseauVersLocale("20240715140000000", "EUROPE/PARIS"))   // expect: 20240715120000000
Trace(DateHeureLocaleVersFuseau("20240115120000000", "Nulle/Part"))   // expect error: 'Nulle/Part' is not a time zone name
