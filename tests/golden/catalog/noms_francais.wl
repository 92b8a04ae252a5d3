// Les noms français des fonctions de fenêtre, de menu, de carte et de page (catalogués
// avec leurs noms anglais) se compilent, et s'arrêtent sur une erreur qui nomme leur
// famille quand on les atteint.
Essai("menu")  // expect: menu
// expect: MenuAjouteOption is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("carte")  // expect: carte
// expect: CarteAjouteMarqueur is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("message")  // expect: message
// expect: EnvoieMessage is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Essai("page")  // expect: page
// expect: PageUtilise is a WEBDEV page function: not available outside a WEBDEV site.
Essai("jauge")  // expect: jauge
// expect: Jauge is a window function: not available outside the IDE (wlinterp runs code without windows).

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	Trace(s)
	SELON s
		CAS "menu": MenuAjouteOption("MENU_Principal", "Rafraîchir", Rien) // wl: ignore[WL103]
		CAS "carte": CarteAjouteMarqueur(CARTE_Magasins, 45.76, 4.83) // wl: ignore[WL103]
		CAS "message": EnvoieMessage(0, 16, 0, 0) // wl: ignore[WL103]
		CAS "page": PageUtilise(PAGE_Accueil) // wl: ignore[WL103]
		CAS "jauge": Jauge(1, 10, "Chargement") // wl: ignore[WL103]
	FIN
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN

PROCÉDURE Rien()
