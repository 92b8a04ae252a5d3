// Un fichier de données décrit par programmation dont le nom est donné à l'exécution
// (dFic..Nom = sFichier : un nom construit ou lu dans les paramètres) : l'exécution le
// connaît dès HDécritFichier, et wl check, qui ne peut le connaître, prend un nom nu
// employé comme fichier de données (celui d'une fonction H*, Archive.Rubrique, POUR
// TOUT Archive) pour un fichier, comme sans analyse (c'était WL101 « non déclaré » avec
// l'analyse à côté du programme, fichier_nomme_a_l_execution_fr.files/stock.xdd).
// docs/hfsql.md "Files described in code".
Trace(HOuvreAnalyse("stock.xdd"))                         // expect: 1
sAnnée est une chaîne = "2025"
sFichier est une chaîne = "Journal" + sAnnée
dFic est une Description de Fichier
dRub est une Description de Rubrique
dFic..Nom = sFichier
dRub..Nom = "Code"
dRub..Type = hRubriqueTexte
dRub..Taille = 20
dRub..TypeClé = hCléUnique
HDécritRubrique(dFic, dRub)
dRub..Nom = "Montant"
dRub..Type = hRubriqueMonétaire
HDécritRubrique(dFic, dRub)
HDécritFichier(dFic)
Trace(HCréation(Journal2025))                            // expect: 1
Journal2025.Code = "J-1"
Journal2025.Montant = 3.25
HAjoute(Journal2025)
Journal2025.Code = "J-2"
Journal2025.Montant = 40
HAjoute(Journal2025)
POUR TOUT Journal2025
	Trace(Journal2025.Code, Journal2025.Montant)
FIN
// expect: J-1, 3.25
// expect: J-2, 40
Trace(HLitRecherchePremier(Journal2025, Code, "J-2"), Journal2025.Montant)   // expect: 1, 40
Trace({sFichier + ".Code"}, HNbEnr(sFichier))           // expect: J-2, 2
// les fichiers de l'analyse restent vérifiés et exécutés comme avant
Product.ProductID = 1
Product.Label = "Boulon"
Trace(HAjoute(Product), HLitRecherchePremier(Product, Label, "Boulon"))   // expect: 1, 1
HFerme("*")
Trace(HFermeAnalyse())                                  // expect: 1
fSupprime("stock.db")
