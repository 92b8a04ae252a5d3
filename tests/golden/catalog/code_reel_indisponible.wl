// Les fonctions de fenêtre, ActiveX et de périphérique que le code réel appelle se
// compilent, et s'arrêtent sur une erreur qui nomme leur famille quand on les atteint.
Essai("evenement")  // expect: evenement
// expect: Evénement is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("fenencours")  // expect: fenencours
// expect: FenEnExécution is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("objetactif")  // expect: objetactif
// expect: ObjetActif is an ActiveX/OLE/.NET function: ActiveX, OLE, COM and .NET are not available.
Essai("champ")  // expect: champ
// expect: ChampGrisé is a window function: not available outside the IDE (wlinterp runs code without windows).
Trace(RéseauUtilisateur() <> "")  // expect: 1

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "evenement": Evénement(Rien, "FEN_Principale", 512) // wl: ignore[WL103]
		CAS "fenencours": Trace(FenEnExécution()) // wl: ignore[WL103]
		CAS "objetactif": o est un objet OLE dynamique = ObjetActif("Excel.Application") // wl: ignore[WL103]
		CAS "champ": ChampGrisé("SAI_Nom", Vrai) // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

PROCÉDURE Rien()
