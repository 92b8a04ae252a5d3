// Une procédure nommée en argument d'un paramètre déclaré `est une procédure` est passée,
// même sans paramètre ; un membre de structure qui contient une procédure s'appelle par
// `st.membre()`
STTâche est une Structure
	sNom est une chaîne
	pTraitement est une procédure
FIN
tabTâches est un tableau de STTâche
Planifie("purge", Purge)
Planifie("export", Exporte)
POUR TOUT t DE tabTâches
	Trace(t.sNom + " : " + t.pTraitement())
FIN
// expect: purge : 3 lignes purgées
// expect: export : export fait
Exécute(Purge, 2) // expect: 3 lignes purgées / 3 lignes purgées
// une variable déclarée de la structure aussi (c'était WL109 « n'est pas une méthode »)
tUne est un STTâche
tUne.pTraitement = Exporte
Trace(tUne.pTraitement()) // expect: export fait

PROCÉDURE Planifie(sNom est une chaîne, pTraitement est une procédure)
t est un STTâche
t.sNom = sNom
t.pTraitement = pTraitement
tabTâches.Ajoute(t)

PROCÉDURE Exécute(p est une Procédure, nFois est un entier)
sRésultat est une chaîne
BOUCLE (nFois)
	sRésultat += [" / "] + p()
FIN
Trace(sRésultat)

PROCÉDURE Purge()
RENVOYER "3 lignes purgées"

PROCÉDURE Exporte()
RENVOYER "export fait"
