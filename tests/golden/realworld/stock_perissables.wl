// Gestion de stock : interface, héritage (constructeur de l'ancêtre, méthode redéfinie
// appelant celle de l'ancêtre), membres PROTÉGÉ, monétaire, import d'un CSV écrit puis
// relu (POUR TOUTE CHAÎNE ... SÉPARÉE PAR, affectation multiple depuis ChaîneDécoupe),
// écart de dates, export JSON. Un membre m_dPéremption ne masque plus les nombres de sa
// ligne dans un message (il passait pour un mot de passe, "mdp").
IArticleValorisable est une Interface
	PROCÉDURE Valeur() : monétaire
FIN

CArticle est une Classe
	PROTÉGÉ
	m_sRéférence est une chaîne
	m_sLibellé est une chaîne
	PUBLIC
	m_nQuantité est un entier
	m_mPrixAchat est un monétaire
FIN

CArticlePérissable est une Classe
	hérite de CArticle
	m_dPéremption est une Date
FIN

gdAujourdhui est une Date = "20261203"
tabStock est un tableau de CArticle dynamique

sCSV est une chaîne = [
REF;LIBELLE;QTE;PRIX;PEREMPTION
A001;Vis inox 4x40;1200;0,035;
A002;Colle bois 250ml;35;4,20;
P001;Yaourt nature;48;0,45;20261206
P002;Lait demi-écrémé;24;0,89;20261220
]
sFichier est une chaîne = fRepTemp() + fSep() + "stock_import.csv"
fSauveTexte(sFichier, sCSV)
SI ErreurDétectée ALORS
	Erreur("Écriture impossible : " + ErreurInfo())
FIN

nLigne est un entier = 0
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	nLigne++
	SI nLigne = 1 OU sLigne = "" ALORS CONTINUER
	sRef, sLib, sQte, sPrix, sPer sont des chaînes
	(sRef, sLib, sQte, sPrix, sPer) = ChaîneDécoupe(sLigne, ";")
	mPrix est un monétaire = Val(Remplace(sPrix, ",", "."))
	SI sPer = "" ALORS
		tabStock.Ajoute(allouer un CArticle(sRef, sLib, Val(sQte), mPrix))
	SINON
		tabStock.Ajoute(allouer un CArticlePérissable(sRef, sLib, Val(sQte), mPrix, sPer))
	FIN
FIN
fSupprime(sFichier)

mTotal est un monétaire
POUR TOUT art DE tabStock
	Trace(art.Description() + " : " + art.Valeur())
	mTotal += art.Valeur()
FIN
// expect: A001 - Vis inox 4x40 (1200) : 42
// expect: A002 - Colle bois 250ml (35) : 147
// expect: P001 - Yaourt nature (48) périme le 06/12/2026 : 10.8
// expect: P002 - Lait demi-écrémé (24) périme le 20/12/2026 : 21.36
Trace("Valeur du stock : " + NumériqueVersChaîne(mTotal, "10.2f") + " EUR") // expect: Valeur du stock :     221.16 EUR
Trace("Articles : " + tabStock.Occurrence) // expect: Articles : 4

// Export JSON
vExport est un JSON
vExport.date = DateVersChaîne(gdAujourdhui, "AAAA-MM-JJ")
vExport.total = mTotal
i est un entier = 0
POUR TOUT art DE tabStock
	i++
	vExport.articles[i].ref = art.Référence()
	vExport.articles[i].valeur = art.Valeur()
FIN
Trace(vExport.articles.Occurrence) // expect: 4
Trace(vExport.articles[3].ref) // expect: P001

PROCÉDURE CArticle.Constructeur(sRef est une chaîne, sLib est une chaîne, nQte est un entier = 0, mPrix est un monétaire = 0)
m_sRéférence = sRef
m_sLibellé = sLib
m_nQuantité = nQte
m_mPrixAchat = mPrix

PROCÉDURE CArticle.Référence() : chaîne
RENVOYER m_sRéférence

PROCÉDURE CArticle.Valeur() : monétaire
RENVOYER m_nQuantité * m_mPrixAchat

PROCÉDURE CArticle.Description() : chaîne
RENVOYER ChaîneConstruit("%1 - %2 (%3)", m_sRéférence, m_sLibellé, m_nQuantité)


PROCÉDURE CArticlePérissable.Constructeur(sRef, sLib, nQte, mPrix, dPer est une Date)
Constructeur CArticle(sRef, sLib, nQte, mPrix)
m_dPéremption = dPer

PROCÉDURE CArticlePérissable.Valeur() : monétaire
// décote de 50 % si périmé dans moins de 7 jours
mBase est un monétaire = CArticle.Valeur()
SI m_dPéremption - gdAujourdhui < 7 ALORS
	RENVOYER mBase / 2
FIN
RENVOYER mBase

PROCÉDURE CArticlePérissable.Description() : chaîne
RENVOYER CArticle.Description() + " périme le " + DateVersChaîne(m_dPéremption, "JJ/MM/AAAA")

