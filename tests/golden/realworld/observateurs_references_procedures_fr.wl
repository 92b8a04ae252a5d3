// Observateurs : un tableau de références de procédures (et une procédure interne),
// toutes appelées à chaque événement publié (jumeau anglais :
// observers_procedure_references_en.wl).
gtabAbonnés est un tableau de Procédure
gtabJournal est un tableau de chaînes
gnCompteur est un entier

Abonne(JournalMémoire)
Abonne(AlerteStock)
Abonne(CompteEvénements)
PROCÉDURE INTERNE VenteTrace(sEv, v)
	SI sEv = "vente" ALORS Trace("vente de", v)
FIN
Abonne(VenteTrace)
Publie("stock", 12)
Publie("vente", 3)
Publie("stock", 2)
Publie("ping")
Trace(TableauOccurrence(gtabAbonnés), TableauOccurrence(gtabJournal), gnCompteur)
Trace(TableauVersChaîne(gtabJournal, ";"))
// expect: vente de, 3
// expect: ALERTE stock bas :, 2
// expect: 4, 4, 4
// expect: stock=12;vente=3;stock=2;ping=

PROCÉDURE Abonne(p est une Procédure)
Ajoute(gtabAbonnés, p)

PROCÉDURE Publie(LOCAL sEvénement est une chaîne, LOCAL vDonnée = Null)
POUR TOUT pAbonné DE gtabAbonnés
	pAbonné(sEvénement, vDonnée)
FIN

PROCÉDURE JournalMémoire(sEv, vDonnée)
Ajoute(gtabJournal, sEv + "=" + vDonnée)

PROCÉDURE AlerteStock(sEv, vDonnée)
SI sEv = "stock" _ET_ vDonnée < 5 ALORS Trace("ALERTE stock bas :", vDonnée)

PROCÉDURE CompteEvénements(sEv, vDonnée)

gnCompteur++
