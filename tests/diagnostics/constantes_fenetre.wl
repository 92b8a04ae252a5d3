// constantes de fenêtre comparées hors des paramètres d'une fonction de fenêtre : WL212
// (un avertissement), comme un champ ; une variable du programme de ce nom est la sienne
nRéponse est un entier = OuiNon("Continuer ?") // error: WL103:26 OuiNon is a window function: not available outside the IDE (wlinterp runs code without windows).
SI nRéponse = Non ALORS // warning: WL212:15 window constant Non: not available outside a window
	Trace("arrêt")
FIN
nEtat est un entier = Actif // warning: WL212:23 window constant Actif: not available outside a window
GRP_Saisie..Etat = nEtat // warning: WL212:1 control GRP_Saisie: not available outside a window
SI Oui ALORS // warning: WL212:4 window constant Oui: not available outside a window
	Trace("oui")
FIN

PROCÉDURE Propre()
Actif est un booléen = Vrai // warning: WL203:1 this code is never run: it is the body of the procedure 'Propre', which nothing calls
Trace(Actif)
