// Options de l'en-tête C de PC SOFT HFConstant.h déclarées cette session (docs/builtins.md
// "Constant values") : hDéfaut (HPARSEMODEDEFAULT), hDistinct, les modes de requête et
// les modes d'import de texte, chacune là où elle agit
Trace(hDéfaut, hDistinct, hRequêteInterruptible, hSansBind, hAvecTransaction)   // expect: 128, 2048, 2, 32, 2097152
Trace(hImpCréation, hImpTestDoublon, hImpSansDélimiteur, hImpIgnoreLigneInvalide, hImpInterruptible)   // expect: 1, 4, 16, 64, 8192
POUR TOUT s, n DE ["Dupont", "Martin", "Dupont", "Albert", "Martin", "Dupont"]
	HRAZ(Customer)
	Customer.Name = s
	Customer.Email = s + n + "@exemple.fr"
	HAjoute(Customer)
FIN
// hDistinct : chaque nom une fois, le premier enregistrement d'un nom en avançant, le dernier en reculant
sVus est une chaîne
HLitPremier(Customer, Name, hDéfaut)
TANTQUE PAS HEnDehors(Customer)
	sVus += Customer.Name + HNumEnr(Customer) + " "
	HLitSuivant(Customer, Name, hDistinct)
FIN
Trace(SansEspace(sVus))                                             // expect: Albert4 Dupont1 Martin2
sVus = ""
HLitDernier(Customer, Name)
TANTQUE PAS HEnDehors(Customer)
	sVus += Customer.Name + HNumEnr(Customer) + " "
	HLitPrécédent(Customer, Name, hDistinct + hBlocageEcriture)
FIN
Trace(SansEspace(sVus), HErreurBlocage())                           // expect: Martin5 Dupont6 Albert4, 0
// sans hDistinct chaque enregistrement est lu
nNombre est un entier = 0
HLitPremier(Customer, Name)
TANTQUE PAS HEnDehors(Customer)
	nNombre++
	HLitSuivant(Customer, Name)
FIN
Trace(nNombre)                                                      // expect: 6
// les modes de requête sont acceptés, seuls ou ensemble
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, hSansBind + hAvecTransaction, "SELECT Name FROM Customer WHERE Name = 'Albert'"))   // expect: 1
Trace(HExécuteRequêteSQL(REQ, hRequêteInterruptible, "UPDATE Customer SET City = 'Lyon' WHERE Name = 'Martin'"))   // expect: 1
HLitRecherchePremier(Customer, Name, "Martin")
Trace(Customer.City)                                                // expect: Lyon
// imports de texte : hImpCréation remplace les enregistrements, hImpIgnoreLigneInvalide
// passe une ligne de trop de valeurs, hImpSansDélimiteur garde les guillemets comme texte
sCsv est une chaîne = fFichierTemp()
fSauveTexte(sCsv, "Zola;zola@exemple.fr" + RC + "Hugo;hugo@exemple.fr;Paris;extra" + RC)
Trace(HImporteTexte(Customer, sCsv, "Name,Email,City", ";", hImpCréation), HNbEnr(Customer))   // expect: 0, 6
Trace(HImporteTexte(Customer, sCsv, "Name,Email,City", ";", hImpCréation + hImpIgnoreLigneInvalide), HNbEnr(Customer))   // expect: 1, 1
HLitPremier(Customer, Name)
Trace(Customer.Name)                                                // expect: Zola
fSauveTexte(sCsv, """Sand"";sand@exemple.fr" + RC)
Trace(HImporteTexte(Customer, sCsv, "Name,Email", ";", hImpSansDélimiteur + hImpTestDoublon + hImpInterruptible))   // expect: 1
HLitRecherchePremier(Customer, Email, "sand@exemple.fr")
Trace(Customer.Name)                                                // expect: "Sand"
// les modes de HExporteXML (eHEXPORTMODE) : le fichier est écrit à neuf, sans XSL
Trace(hExpCréation, hExpNormal, hExpInterruptible, hExpSansXSL)     // expect: 1, 2, 4, 8
fSauveTexte(sCsv, "ancien")
Trace(HExporteXML(Customer, sCsv, hExpCréation + hExpSansXSL), Gauche(fChargeTexte(sCsv), 5))   // expect: 1, <?xml
Trace(HExporteXML(Customer, sCsv, "Name", hExpNormal + hExpInterruptible), Position(fChargeTexte(sCsv), "<Name>Zola</Name>") > 0)   // expect: 1, 1
fSupprime(sCsv)
// HErreurInfo(hErrComplet) (HEI_FULLERROR de HFConstant.h, 1089) : chaque partie, une par ligne
Trace(HErreurInfo(hErrComplet))                                     // expect: 
HRAZ(Customer)
Customer.Name = "Zola"
Customer.Email = "zola@exemple.fr"
Trace(HAjoute(Customer), hErrComplet)                               // expect: 0, 1089
Trace(Position(HErreurInfo(hErrComplet), HErreurInfo()) = 1, Position(HErreurInfo(hErrComplet), "Item: Email") > 0)   // expect: 1, 1
// hVérifieDoublon / hVérifieIntégrité (0x20000, 0x40000) : HAjoute vérifie comme toujours ;
// liaisons débranchées, hVérifieIntégrité est refusé en clair plutôt que non vérifié
Trace(hVérifieDoublon, hVérifieIntégrité)                           // expect: 131072, 262144
HRAZ(Orders)
Orders.CustomerID = 42
Trace(HAjoute(Orders, hVérifieIntégrité + hVérifieDoublon), HErreurIntégrité())   // expect: 0, 1
HGèreIntégrité(Faux)
Trace(HAjoute(Orders, hVérifieIntégrité), Position(HErreurInfo(), "hCheckIntegrity cannot check") > 0, HNbEnr(Orders))   // expect: 0, 1, 0
Trace(HAjoute(Orders, hVérifieDoublon), HNbEnr(Orders))             // expect: 1, 1
// les contraintes de HGèreIntégrité sont les bits d'eHRULE : HALLRULES (8, toutes les
// règles ; aucun nom WLangage trouvé) est ce que le runtime de WINDEV Mobile passe à défaut
Trace(hCardinalité, hEnModification, hEnSuppression)               // expect: 1, 2, 4
Trace(HGèreIntégrité("*", "*", 8, Vrai), HGèreIntégrité("*", "*", 16, Vrai), HErreur() <> 0)   // expect: 0, 0, 1
HRAZ(Orders)
Orders.CustomerID = 43
Trace(HAjoute(Orders), HErreurIntégrité())                          // expect: 0, 1
// l'état 0 de HNbEnr est le défaut (le runtime de WINDEV Mobile passe 0 quand aucun n'est
// donné) : les enregistrements actifs, comme sans lui (il n'en comptait aucun)
Trace(HNbEnr(Orders, 0), HNbEnr(Orders), HNbEnr(Orders, hEtatActif))    // expect: 1, 1, 1
