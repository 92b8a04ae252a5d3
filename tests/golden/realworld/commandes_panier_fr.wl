// Commandes d'une boutique : une classe de base abstraite et deux lignes dérivées, des
// méthodes de valeurs (s.Longueur, tab.Occurrence), une procédure interne, un tri par
// procédure, un résultat multiple, la sérialisation JSON d'une structure, CAS ERREUR.
CLigne est une Classe
	PROTÉGÉ
	m_sRef est une chaîne
	m_nQté est un entier
	PUBLIC
	m_moPU est un monétaire
FIN

CLigneArticle est une Classe
	hérite de CLigne
FIN

CLigneService est une Classe
	hérite de CLigne
	m_nHeures est un entier
FIN

STRésumé est une Structure
	sClient est une chaîne
	nLignes est un entier
	moHT est un monétaire
	moTVA est un monétaire
	tabRéfs est un tableau de chaînes
FIN

tabLignes est un tableau de CLigne dynamique
TableauAjoute(tabLignes, allouer un CLigneArticle("CLAV-01", 2, 49.90))
TableauAjoute(tabLignes, allouer un CLigneService("INSTALL", 1, 60))
TableauAjoute(tabLignes, allouer un CLigneArticle("SOUR-7", 3, 19.99))
TableauAjoute(tabLignes, allouer un CLigneArticle("ECRAN-27", 1, 229))

Trace(tabLignes.Occurrence + " lignes")
// expect: 4 lignes

TableauTrie(tabLignes, ttFonction, ComparerMontants)
POUR TOUT o DE tabLignes
	Trace(o:Libellé())
FIN
// expect: ECRAN-27 x1 = 229.00
// expect: CLAV-01 x2 = 99.80
// expect: INSTALL 1 h = 60.00 (service)
// expect: SOUR-7 x3 = 59.97

moHT, moTVA sont des monétaires
(moHT, moTVA) = Totaux(tabLignes)
Trace("HT " + moHT + " TVA " + moTVA + " TTC " + (moHT + moTVA))
// expect: HT 448.77 TVA 89.53 TTC 538.3

r est un STRésumé
r.sClient = "Dupont SARL"
r.nLignes = tabLignes.Occurrence
r.moHT = moHT
r.moTVA = moTVA
POUR TOUT o DE tabLignes
	SI o EST un CLigneArticle ALORS TableauAjoute(r.tabRéfs, o:Référence())
FIN
bufJSON est un Buffer
Sérialise(r, bufJSON, psdJSON)
vRelu est un Variant = JSONVersVariant(bufJSON)
Trace(vRelu.sClient + " : " + vRelu.tabRéfs..Occurrence + " articles, " + vRelu.moHT)
// expect: Dupont SARL : 3 articles, 448.77

sCode est une chaîne = "  cde-2025/0042  "
sCode = SansEspace(sCode).Majuscule()
Trace(sCode + " (" + sCode.Taille + ")")
// expect: CDE-2025/0042 (13)
Trace(NuméroDeCommande(sCode))
// expect: 42

PROCÉDURE CLigne::Constructeur(sRef est une chaîne, nQté est un entier, moPU est un monétaire)
	:m_sRef = sRef
	:m_nQté = nQté
	:m_moPU = moPU

PROCÉDURE CLigne::Montant() : monétaire
	RENVOYER :m_nQté * :m_moPU

PROCÉDURE CLigne::Référence() : chaîne
	RENVOYER :m_sRef

PROCÉDURE VIRTUELLE CLigne::Libellé() : chaîne
	RENVOYER :m_sRef + " x" + :m_nQté + " = " + NumériqueVersChaîne(:Montant(), ".2f")

PROCÉDURE CLigneService::Constructeur(sRef est une chaîne, nHeures est un entier, moTaux est un monétaire)
	Constructeur CLigne(sRef, nHeures, moTaux)
	:m_nHeures = nHeures

PROCÉDURE CLigneService::Libellé() : chaîne
	RENVOYER :m_sRef + " " + :m_nHeures + " h = " + NumériqueVersChaîne(:Montant(), ".2f") + " (service)"

PROCÉDURE ComparerMontants(a est un CLigne dynamique, b est un CLigne dynamique) : entier
	SI a:Montant() > b:Montant() ALORS RENVOYER -1
	SI a:Montant() < b:Montant() ALORS RENVOYER 1
	RENVOYER 0

PROCÉDURE Totaux(tab est un tableau de CLigne dynamique)
	moSomme est un monétaire
	POUR TOUT o DE tab
		moSomme += o:Montant()
	FIN
	RENVOYER (moSomme, Arrondi(moSomme * TauxTVA(), 2))

	PROCÉDURE INTERNE TauxTVA() : réel
		RENVOYER 0.196 + 0.0035
	FIN

PROCÉDURE NuméroDeCommande(sCode est une chaîne) : entier
	RENVOYER Val(ExtraitChaîne(sCode, 2, "/"))
CAS ERREUR:
	RENVOYER -1
