// Les noms de la liste de PC SOFT qu'aucune page d'aide stockée ne décrit (catalogués,
// docs/builtins.md « Names without a help page ») : l'appel se compile et s'arrête sur
// une erreur qui nomme sa famille ; une procédure du programme du même nom l'emporte
Essai("pays")  // expect: pays
// expect: PaysListe is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Essai("nation")  // expect: nation
// expect: NationVersLangue is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Essai("masque")  // expect: masque
// expect: MasqueFormate is a WLanguage function wlinterp does not run: no help page gives its rules, or they need what wlinterp does not have (docs/builtins.md, "What stays refused, and why").
Essai("erreur")  // expect: erreur
// expect: ChargeErreur is a function of the WINDEV environment: not available outside WINDEV (components, libraries, the profiler and application updates need its runtime).
Essai("internet")  // expect: internet
// expect: ConnexionOccurrence is a socket/HTTP function: not implemented by wlinterp yet.
Essai("rss")  // expect: rss
// expect: rssAffiche is a window function: not available outside the IDE (wlinterp runs code without windows).
Trace(Restaure(4)) // expect: 40

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "pays": Trace(PaysListe()) // wl: ignore[WL103]
		CAS "nation": Trace(NationVersLangue(nationFrançais)) // wl: ignore[WL103]
		CAS "masque": Trace(MasqueFormate("0102030405", "99 99 99 99 99")) // wl: ignore[WL103]
		CAS "erreur": ChargeErreur("erreurs.wdm") // wl: ignore[WL103]
		CAS "internet": Trace(ConnexionOccurrence()) // wl: ignore[WL103]
		CAS "rss": rssAffiche() // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

PROCÉDURE Restaure(n)
RENVOYER n * 10
