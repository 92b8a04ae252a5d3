// Migration d'un ancien fichier (tout en texte) vers un nouveau aux vrais types avec
// HCopieEnreg : chaque rubrique de même nom est convertie comme une affectation le fait
// (un texte "1" dans un booléen : Vrai, il arrêtait le programme ; "0,10" dans un
// monétaire : 0,10 exact, il donnait les chiffres binaires du réel 0,1000000000000000055...)
fdAncien est une Description de Fichier
fdAncien..Nom = "AncienClient"
Trace(DécritFichier(fdAncien, [hRubriqueTexte, hRubriqueTexte, hRubriqueTexte, hRubriqueTexte, hRubriqueTexte]))   // expect: 1
fdNouveau est une Description de Fichier
fdNouveau..Nom = "NouveauClient"
Trace(DécritFichier(fdNouveau, [hRubriqueEntier, hRubriqueMonétaire, hRubriqueDate, hRubriqueBooléen, hRubriqueEntier]))   // expect: 1
HCréation(AncienClient)
HCréation(NouveauClient)
AjouteAncien("0042", "1234.50", "20240115", "1", "pas un nombre")
AjouteAncien("7", "0,10", "15/01/2024", "0", "12")
nMigrés est un entier
POUR TOUT AncienClient
	HRAZ(NouveauClient)
	SI PAS HCopieEnreg(NouveauClient, AncienClient) ALORS CONTINUER
	// une date au format français : convertie à la main, comme le fait le développeur
	SI Position(AncienClient.Depuis, "/") > 0 ALORS
		NouveauClient.Depuis = ChaîneVersDate(AncienClient.Depuis, "JJ/MM/AAAA")
	FIN
	SI HAjoute(NouveauClient) ALORS nMigrés++
FIN
Trace(nMigrés)                                                   // expect: 2
POUR TOUT NouveauClient SUR Code
	Trace(NouveauClient.Code, NouveauClient.Montant, NouveauClient.Depuis, NouveauClient.Actif, NouveauClient.Remarque)
FIN
// expect: 7, 0.1, 20240115, 0, 12
// expect: 42, 1234.5, 20240115, 1, 0
// les valeurs relues ont leur type : calculs et parties de date
HLitRecherchePremier(NouveauClient, "Code", 42)
Trace(NouveauClient.Code + 1, NouveauClient.Montant * 2, NouveauClient.Depuis..Année, PAS NouveauClient.Actif)   // expect: 43, 2469, 2024, 0
HLitRecherchePremier(NouveauClient, "Code", 7)
Trace(NouveauClient.Montant * 3 = 0.3)                          // expect: 1
// les mêmes conversions par affectation
NouveauClient.Actif = "1"
NouveauClient.Montant = "12,35"
Trace(NouveauClient.Actif, NouveauClient.Montant)             // expect: 1, 12.35
NouveauClient.Actif = "0"
Trace(NouveauClient.Actif)                                    // expect: 0

PROCÉDURE DécritFichier(fd est une Description de Fichier, tabTypes est un tableau d'entiers)
tabNoms est un tableau de chaînes = ["Code", "Montant", "Depuis", "Actif", "Remarque"]
rd est une Description de Rubrique
POUR i = 1 _À_ tabNoms..Occurrence
	rd..Nom = tabNoms[i]
	rd..Type = tabTypes[i]
	rd..Taille = (tabTypes[i] = hRubriqueTexte ? 20 SINON 0)
	rd..TypeClé = (i = 1 ? hCléUnique SINON hNonClé)
	HDécritRubrique(fd, rd)
FIN
RENVOYER HDécritFichier(fd)

PROCÉDURE AjouteAncien(sCode, sMontant, sDepuis, sActif, sRemarque)
HRAZ(AncienClient)
AncienClient.Code = sCode
AncienClient.Montant = sMontant
AncienClient.Depuis = sDepuis
AncienClient.Actif = sActif
AncienClient.Remarque = sRemarque
HAjoute(AncienClient)
