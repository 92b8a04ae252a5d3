// Le type d'une rubrique est un seul nombre partout : les constantes hRub..., ..Type, le
// troisième champ de HListeRubrique(Fichier, hLstDétail) et le deuxième de HInfoRubrique
// portent les codes de HFConstant.h de PC SOFT (eHITEMTYPE). Avant, les constantes
// valaient 1 à 13 (les nôtres) et HListeRubrique / HInfoRubrique les codes de l'analyse.
Trace(hRubTexte, hRubriqueEntier, hRubRéel, hRubMonétaire, hRubDate, hRubHeure, hRubDateHeure)
// expect: 2, 5, 7, 17, 14, 11, 24
Trace(HRUBBOOLEEN, hRubriqueIdAuto, hRubMemoTexte, hRubEntier8, hRubTexteUnicode, hRubMémoBinaire)
// expect: 27, 1, 15, 19, 29, 16
POUR TOUTE CHAÎNE sLigne DE HListeRubrique(Customer, hLstDétail) SÉPARÉE PAR RC
	sNom est une chaîne = ExtraitChaîne(sLigne, 1, TAB)
	nListé est un entier = Val(ExtraitChaîne(sLigne, 3, TAB))
	Trace(sNom, nListé, nListé = Val(ExtraitChaîne(HInfoRubrique(Customer, sNom), 2, TAB)))
FIN
// expect: CustomerID, 1, 1
// expect: Name, 2, 1
// expect: Email, 2, 1
// expect: City, 2, 1
// expect: Société, 2, 1
// expect: BirthDate, 14, 1
// expect: Balance, 17, 1
// expect: VIP, 27, 1
// expect: Notes, 15, 1
Trace(Customer.CustomerID..Type = hRubIdAuto, Customer.BirthDate..Type = hRubDate, Customer.VIP..Type = hRubBooléen, Customer.Notes..Type = hRubMémoTexte)
// expect: 1, 1, 1, 1
// un entier non signé sur 1 octet et un identifiant automatique sur 4 octets ont leur
// code (12, 28) ; ..Type répond la constante de leur genre, que le code réel teste
Trace(ExtraitChaîne(HInfoRubrique(Orders, "Status"), 2, TAB), Orders.Status..Type = hRubEntier)
// expect: 12, 1
Trace(ExtraitChaîne(HInfoRubrique(Orders, "OrderID"), 2, TAB), Orders.OrderID..Type = hRubIdAuto)
// expect: 28, 1
// un fichier décrit par programmation : le type donné est celui relu, et un code de
// l'en-tête qu'aucune constante ne nomme (3, un entier sur 2 octets) décrit ce type
fd est une Description de Fichier
dr est une Description de Rubrique
fd..Nom = "Visite"
Trace(dr..Type = hRubTexte)                     // expect: 1
dr..Nom = "IDVisite" ; dr..Type = hRubIdAuto ; HDécritRubrique(fd, dr)
dr..Nom = "Vue" ; dr..Type = hRubDateHeure ; HDécritRubrique(fd, dr)
dr..Nom = "Pièces" ; dr..Type = 3 ; HDécritRubrique(fd, dr)
HDécritFichier(fd)
HCréation(Visite)
Trace(Visite.Vue..Type = hRubDateHeure, Val(ExtraitChaîne(HInfoRubrique(Visite, "Vue"), 2, TAB)) = hRubDateHeure)
// expect: 1, 1
Trace(ExtraitChaîne(HInfoRubrique(Visite, "IDVisite"), 2, TAB), ExtraitChaîne(HInfoRubrique(Visite, "Pièces"), 2, TAB), Visite.Pièces..Type = hRubEntier)
// expect: 1, 3, 1
