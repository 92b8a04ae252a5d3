// La réception des marchandises d'un entrepôt : commandes fournisseur et bons de
// livraison, classes dérivées d'une même classe de document, le stock dans un fichier de
// données décrit dans le code, le bon du transporteur lu ligne à ligne (sa première ligne
// commence par un nombre), les quantités reçues comparées à la commande, le retard en
// jours, un résumé JSON, la réception enregistrée dans un fichier et relue, et l'e-mail de
// l'acheteur construit (pas envoyé).
CDocument est une Classe
	PROTÉGÉ
	m_sNuméro est une chaîne
	m_dÉmis est une Date
FIN
CCommandeFournisseur est une Classe
	hérite de CDocument
	m_dÉchéance est une Date
	m_taQté est un tableau associatif d'entiers
FIN
CBonLivraison est une Classe
	hérite de CDocument
	m_sTransporteur est une chaîne
FIN

// le stock : un enregistrement par article
fdStock est une Description de Fichier
rub est une Description de Rubrique
fdStock..Nom = "Stock"
rub..Nom = "Code" ; rub..Type = hRubriqueTexte ; rub..Taille = 12 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdStock, rub)
rub..Nom = "EnStock" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdStock, rub)
rub..Nom = "Casier" ; rub..Type = hRubriqueTexte ; rub..Taille = 6 ; rub..TypeClé = hNonClé
HDécritRubrique(fdStock, rub)
HDécritFichier(fdStock)
HCréation(Stock)
tabCasiers est un tableau de chaînes
tabCasiers =
["A-01", "A-02", "B-07"]
POUR TOUT sCode, nRang DE ["VIS-M8", "ÉCROU-M8", "RONDELLE-8"]
	Stock.Code = sCode ; Stock.EnStock = 100 * nRang ; Stock.Casier = tabCasiers[nRang]
	HAjoute(Stock)
FIN

cde est un CCommandeFournisseur("CF-2025-118", "20251201", 3)
cde.Attend("VIS-M8", 500)
cde.Attend("ÉCROU-M8", 500)
cde.Attend("RONDELLE-8", 250)
bl est un CBonLivraison("BL-77431", "20251205")
bl.m_sTransporteur = "Transports du Nord"
tabDocs est un tableau de CDocument dynamique
TableauAjoute(tabDocs, cde)
TableauAjoute(tabDocs, bl)
POUR TOUT doc DE tabDocs
	Trace(doc.Libellé())
FIN
// expect: commande CF-2025-118 due le 04/12/2025
// expect: bon de livraison BL-77431 (Transports du Nord)

// le bon du transporteur : le nombre de palettes, puis une ligne par article
sBon est une chaîne
sBon = [
	3 palettes déchargées au quai 2
	VIS-M8;480
	ÉCROU-M8;500
	RONDELLE-8;300
	VIS-M4;50
]
taManque est un tableau associatif d'entiers
sRéception est une chaîne
nLignes est un entier
POUR TOUTE CHAÎNE sLigne DE sBon SÉPARÉE PAR RC
	nLignes++
	SI nLignes = 1 ALORS
		Trace("Bon : " + sLigne + ", " + Val(sLigne) + " palettes") ; CONTINUER
	FIN
	sCode est une chaîne = ExtraitChaîne(sLigne, 1, ";")
	nQté est un entier = Val(ExtraitChaîne(sLigne, 2, ";"))
	SI PAS cde.m_taQté[sCode]..Existe ALORS
		sRéception += ChaîneConstruit("%1 : %2 non commandés, refusés", sCode, nQté) + RC
		CONTINUER
	FIN
	SI HLitRecherchePremier(Stock, Code, sCode) SI nQté < cde.m_taQté[sCode] taManque[sCode] = cde.m_taQté[sCode] - nQté
	SINON nQté = Min(nQté, cde.m_taQté[sCode])
	Stock.EnStock += nQté
	HModifie(Stock)
	sRéception += ChaîneConstruit("%1 : %2 en %3, soit %4", sCode, nQté, Stock.Casier, Stock.EnStock) + RC
FIN
// expect: Bon : 3 palettes déchargées au quai 2, 3 palettes
Trace(sRéception)
// expect: VIS-M8 : 480 en A-01, soit 580
// expect: ÉCROU-M8 : 500 en A-02, soit 700
// expect: RONDELLE-8 : 250 en B-07, soit 550
// expect: VIS-M4 : 50 non commandés, refusés
// expect:
nRetard est un entier = DateDifférence(cde.m_dÉchéance, "20251205")
Trace(ChaîneConstruit("%1 jour(s) de retard, %2 ligne(s) incomplète(s)", nRetard, taManque..Occurrence))
// expect: 1 jour(s) de retard, 1 ligne(s) incomplète(s)

// le résumé, en JSON pour le service achats
jRésumé est un JSON
jRésumé.commande = cde.Numéro()
jRésumé.bon = bl.Numéro()
jRésumé.joursRetard = nRetard
jRésumé.manques = []
POUR TOUT nManque, sCode DE taManque
	jRésumé.manques[jRésumé.manques..Occurrence + 1].code = sCode
	jRésumé.manques[jRésumé.manques..Occurrence].manque = nManque
FIN
Trace(VariantVersJSON(jRésumé))
// expect: {"commande":"CF-2025-118","bon":"BL-77431","joursRetard":1,"manques":[{"code":"VIS-M8","manque":20}]}

// la réception, enregistrée puis relue
sFichier est une chaîne = fRepTemp() + fSep() + "reception_" + bl.Numéro() + ".txt"
fSauveTexte(sFichier, sRéception)
nRefusées est un entier
POUR TOUTE CHAÎNE sLigne DE fChargeTexte(sFichier) SÉPARÉE PAR RC
	SI Contient(sLigne, "refusés") ALORS nRefusées++
FIN
Trace(nRefusées + " ligne(s) refusée(s) dans " + fExtraitChemin(sFichier, fFichier + fExtension))
// expect: 1 ligne(s) refusée(s) dans reception_BL-77431.txt

// l'e-mail de l'acheteur
m est un Email
m.Expéditeur = "entrepot@example.test"
m.Destinataire[1] = "acheteur@example.test"
m.Sujet = "Réception de " + bl.Numéro() + " pour " + cde.Numéro()
m.Message = sRéception
EmailChargeFichierAttaché(m, sFichier)
SI PAS EmailConstruitSource(m) ALORS Trace(ErreurInfo())
m2 est un Email
m2.Source = m.Source
EmailImporteSource(m2)
Trace(m2.Sujet + " | " + m2.Attache[1])
// expect: Réception de BL-77431 pour CF-2025-118 | reception_BL-77431.txt
fSupprime(sFichier)

PROCÉDURE CDocument::Constructeur(sNuméro est une chaîne, dÉmis est une Date)
:m_sNuméro = sNuméro
:m_dÉmis = dÉmis
PROCÉDURE CDocument::Libellé() : chaîne
RENVOYER "document " + :m_sNuméro
PROCÉDURE CDocument::Numéro() : chaîne
RENVOYER :m_sNuméro

PROCÉDURE CCommandeFournisseur::Constructeur(sNuméro est une chaîne, dÉmis est une Date, nJours est un entier)
Constructeur CDocument(sNuméro, dÉmis)
:m_dÉchéance = dÉmis
:m_dÉchéance..Jour += nJours
PROCÉDURE CCommandeFournisseur::Libellé() : chaîne
RENVOYER "commande " + :m_sNuméro + " due le " + DateVersChaîne(:m_dÉchéance, "JJ/MM/AAAA")
PROCÉDURE CCommandeFournisseur::Attend(sCode est une chaîne, nQté est un entier)
:m_taQté[sCode] += nQté

PROCÉDURE CBonLivraison::Libellé() : chaîne
RENVOYER "bon de livraison " + :m_sNuméro + " (" + :m_sTransporteur + ")"
