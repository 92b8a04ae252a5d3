// Les fonctions WINDEV de fenêtre, de champ ou de Windows compilent et échouent quand on
// les atteint, avec un message qui nomme la fonction et sa famille.
Essai("table") // expect: TableAffiche is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("ouvre") // expect: ouvre is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("dll") // expect: AppelDLL32 is a Windows API/DLL function: not available outside Windows (DLLs and the Windows API cannot be called).
Essai("écran") // expect: EcranVersFichier is a screen/data-binding function: not available outside the IDE (there are no controls to bind).
Essai("zone") // expect: ZoneRépétéeAjouteLigne is a window function: not available outside the IDE (wlinterp runs code without windows).
Essai("hfsql") // expect: HCopieFichier is an HFSQL data function: not implemented by wlinterp.
Essai("tableur") // expect: TableurAjouteDonnée is a window function: not available outside the IDE (wlinterp runs code without windows).
// Un tableau WLanguage n'est pas un champ Table : TableauAjoute reste la fonction de tableau.
t est un tableau d'entiers
TableauAjoute(t, 5)
Trace(t[1]) // expect: 5
OuiNon("Continuer ?") // expect error: OuiNon is a window function

PROCÉDURE Essai(s est une chaîne)
QUAND EXCEPTION DANS
	SI s = "table" ALORS TableAffiche(TABLE_Client)
	SI s = "ouvre" ALORS ouvre(FEN_Principale)
	SI s = "dll" ALORS AppelDLL32("user32", "MessageBeep", 0)
	SI s = "écran" ALORS EcranVersFichier()
	SI s = "zone" ALORS ZoneRépétéeAjouteLigne(ZR_X, "a")
	SI s = "hfsql" ALORS HCopieFichier(Client, "c.fic")
	SI s = "tableur" ALORS TableurAjouteDonnée(TABLEUR_X, 1, 1, "a")
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
