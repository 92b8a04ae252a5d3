// Un nombre JSON au-delà du plus grand réel (environ 1,8e308 : `1e999`, `-1e400`) est
// refusé à la lecture comme NaN (json_nan_infinity_refuses_fr.wl) : JSONVersVariant
// renvoie Null avec ErreurDétectée, une variable JSON l'erreur "not valid JSON",
// Désérialise ErreurDétectée. Jumeau anglais json_number_beyond_real_en.wl.
v est un Variant = JSONVersVariant("{""total"":1e999, ""n"":2}")
Trace(ErreurDétectée, v = Null) // expect: 1, 1
Trace(ErreurInfo()) // expect: JSONVersVariant: the text is not valid JSON (the number 1e999 is beyond the largest real (about 1.8e308)).
v = JSONVersVariant("{""total"":1.7e308, ""petit"":1e-999}")
Trace(ErreurDétectée, v.total > 1e300, v.petit) // expect: 0, 1, 0
QUAND EXCEPTION DANS
	j est un JSON = "{""a"":-1e400}"
	Trace(j.a)
FAIRE
	Trace(ExceptionInfo()) // expect: The text is not valid JSON (the number -1e400 is beyond the largest real (about 1.8e308)).
FIN
Taux est une Structure
	rTaux est un réel
FIN
r est un Taux
Désérialise(r, "{""rTaux"":2E+400}", psdJSON)
Trace(ErreurDétectée, r.rTaux) // expect: 1, 0
