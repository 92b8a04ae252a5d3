// Suivi d'un journal applicatif écrit en ANSI par une autre application : on relit
// seulement ce qui a été ajouté depuis la dernière position mémorisée (fPositionne,
// fLit par blocs, fPositionne(n, 0, fpCourant) pour la position atteinte), une ligne pas
// encore terminée attend le passage suivant, et un fichier plus court qu'avant (rotation)
// se relit du début (méthode b, FS 6 déc. 2026 ; jumeau anglais tail_log_file_en.wl).
// fAjouteTexte ajoutait de l'UTF-8 à ce fichier ANSI : « terminé » revenait en
// « terminÃ© » ; il écrit maintenant dans l'encodage du fichier (docs/builtins.md
// "fAppendText's encoding").
CONSTANTE
	TAILLE_BLOC = 64
FIN

gsFichierJournal est une chaîne = fRepTemp() + ["\"] + "wl_golden_suivi_journal_" + Hasard(1, 999999999) + ".log"
gnDernièrePosition est un entier sur 8 octets = 0

fSauveTexte(gsFichierJournal, "08:00 démarrage" + RC + "08:01 connexion base" + RC, foAnsi)
Affiche("Premier passage")
// expect: Premier passage : 2 ligne(s)
// expect:   > 08:00 démarrage
// expect:   > 08:01 connexion base
fAjouteTexte(gsFichierJournal, "08:05 import 120 clients" + RC + "08:06 imp")
Affiche("Deuxième passage")
// expect: Deuxième passage : 1 ligne(s)
// expect:   > 08:05 import 120 clients
fAjouteTexte(gsFichierJournal, "ort terminé" + RC)
Affiche("Troisième passage")
// expect: Troisième passage : 1 ligne(s)
// expect:   > 08:06 import terminé
Affiche("Rien de neuf")
// expect: Rien de neuf : 0 ligne(s)
// rotation : le journal repart à zéro
fSauveTexte(gsFichierJournal, "09:00 nouveau jour" + RC, foAnsi)
Affiche("Après rotation")
// expect: Après rotation : 1 ligne(s)
// expect:   > 09:00 nouveau jour
fSupprime(gsFichierJournal)

PROCÉDURE LitNouvellesLignes() : tableau de chaînes
	tabLignes est un tableau de chaînes
	nFic est un entier = fOuvre(gsFichierJournal, foLecture)
	SI nFic = -1 ALORS
		Trace("Ouverture impossible : " + ErreurInfo(errMessage))
		RENVOYER tabLignes
	FIN
	nTaille est un entier = fTaille(gsFichierJournal)
	SI nTaille < gnDernièrePosition ALORS
		// le fichier a été tronqué (rotation) : on repart du début
		gnDernièrePosition = 0
	FIN
	fPositionne(nFic, gnDernièrePosition, fpDébut)
	sLu est une chaîne = ""
	sBloc est une chaîne
	BOUCLE
		sBloc = fLit(nFic, TAILLE_BLOC)
		SI sBloc = "" ALORS SORTIR
		sLu += sBloc
	FIN
	gnDernièrePosition = fPositionne(nFic, 0, fpCourant)
	fFerme(nFic)
	// une ligne pas encore terminée reste pour le prochain passage
	nDernierRC est un entier = PositionOccurrence(sLu, RC, rangDernier)
	SI nDernierRC = 0 ALORS
		gnDernièrePosition -= Taille(sLu)
		RENVOYER tabLignes
	FIN
	gnDernièrePosition -= Taille(sLu) - (nDernierRC + 1)
	POUR TOUTE CHAÎNE sLigne DE Gauche(sLu, nDernierRC - 1) SÉPARÉE PAR RC
		Ajoute(tabLignes, sLigne)
	FIN
	RENVOYER tabLignes

PROCÉDURE Affiche(LOCAL sTitre est une chaîne)
	tab est un tableau de chaînes = LitNouvellesLignes()
	Trace(sTitre + " : " + tab..Occurrence + " ligne(s)")
	POUR TOUT s DE tab
		Trace("  > " + s)
	FIN

