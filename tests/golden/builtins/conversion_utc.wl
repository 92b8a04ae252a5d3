// DateHeureLocaleVersUTC / DateHeureUTCVersLocale : allers-retours dans tout fuseau (valeurs : tests/stdlib/test_utc_zone.py)
dt est une DateHeure = "20240115103000000"
Trace(DateHeureUTCVersLocale(DateHeureLocaleVersUTC(dt)) = dt) // expect: 1
Trace(Taille(DateHeureLocaleVersUTC("20240701120000000"))) // expect: 17
Trace(DateHeureLocaleVersUTC("nope")) // expect error: DateHeureLocaleVersUTC
