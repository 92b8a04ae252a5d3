// (méthode b) Des événements notifiés à des abonnés : des procédures passées à un
// paramètre typé Procédure, rangées dans un tableau de Procédure ; une lambda qui compte
// dans une variable du code qui l'entoure ; un paramètre Procédure facultatif (= Null)
// testé avant l'appel ; une procédure interne passée comme rappel.
gtabAbonnés est un tableau de Procédure
gsJournal est une chaîne

Abonne(JournalAudit)
Abonne(AlerteSeuil)
nCompte est un entier
Abonne((e, m) => { nCompte++ })
Trace(Publie("commande", 250))                 // expect: 3
Trace(Publie("facture", 1500))                 // expect: ALERTE facture 1500
                                               // expect: 3
Trace(gsJournal)                               // expect: commande=250 | facture=1500
Trace(nCompte)                                 // expect: 2
tab est un tableau d'entiers = [10, 20, 30]
PROCÉDURE INTERNE Ligne(i, n)
	Trace("ligne " + i + " : " + n)
FIN
Trace(TraiteLot(tab, Ligne, (t) => Trace("total " + t)))
// expect: ligne 1 : 10
// expect: ligne 2 : 20
// expect: ligne 3 : 30
// expect: total 60
// expect: 60
Trace(TraiteLot([1, 2], (i, n) => { }))        // expect: 3

PROCÉDURE Abonne(pAbonné est une Procédure)
Ajoute(gtabAbonnés, pAbonné)

PROCÉDURE Publie(sEvénement est une chaîne, nMontant est un entier = 0) : entier
nNotifiés est un entier
POUR TOUT p DE gtabAbonnés
	p(sEvénement, nMontant)
	nNotifiés++
FIN
RENVOYER nNotifiés

PROCÉDURE JournalAudit(sEvt, nMnt)
gsJournal += [" | "] + sEvt + "=" + nMnt

PROCÉDURE AlerteSeuil(sEvt est une chaîne, nMnt est un entier)
SI nMnt > 1000 ALORS Trace("ALERTE " + sEvt + " " + nMnt)

PROCÉDURE TraiteLot(tabMontants est un tableau d'entiers, pSurChaque est une Procédure, pSurFin est une procédure = Null)
nTotal est un entier
POUR TOUT n, i DE tabMontants
	nTotal += n
	pSurChaque(i, n)
FIN
SI pSurFin <> Null ALORS pSurFin(nTotal)
RENVOYER nTotal
