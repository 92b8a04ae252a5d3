// HErreur() comparée aux sortes hErr... comme le code WINDEV teste une écriture
// refusée : `SI HErreur() = hErrDoublon` ; le numéro reste 70200 (docs/hfsql.md
// "HError compared with the hErr... kinds", décidé)
Trace(EnregistreClient("Dupont", "dupont@example.com"))   // expect: ajouté 1
Trace(enregistreclient("Durand", "DUPONT@example.com"))   // expect: doublon : DUPONT@example.com
Trace(HErreur(), herreur() = 70200, HERREUR() = 4)        // expect: 70200, 1, 0
Trace(hErrDoublon = HErreur(), HErreur() <> HERRDOUBLON, HErreur() = hErrBlocage)   // expect: 1, 0, 0
SELON HErreur()
    CAS hErrBlocage : Trace("bloqué")
    CAS hErrIntégrité, hErrDoublon : Trace("doublon ou intégrité")   // expect: doublon ou intégrité
    AUTRE CAS : Trace("autre")
FIN
vErr est un Variant = HErreur()
Trace(vErr = hErrDoublon, vErr DANS (hErrBlocage, hErrDoublon))   // expect: 1, 1
nErr est un entier = HErreur()
Trace(nErr = herrdoublon)                                 // expect: 1
// intégrité : une commande d'un client qui n'existe pas
HRAZ(Orders)
Orders.CustomerID = 99
Trace(HAjoute(Orders), HErreur() = hErrIntegrite, HErreur() = hErrDoublon)   // expect: 0, 1, 0
// les sortes restent les bits de HSurErreur, combinés par +
Trace(hErrBlocage, hErrModification, hErrDoublon, hErrIntégrité, hErrBlocage + hErrDoublon)   // expect: 1, 2, 4, 8, 5
Trace(HSurErreur("*", hErrBlocage + hErrDoublon, ""))    // expect: 1
// une sorte rangée dans un entier n'est plus que son bit
nSorte est un entier = hErrDoublon
Trace(nSorte, nSorte = 4)                                 // expect: 4, 1
// après un succès HErreur() vaut 0, égale à aucune sorte
HRAZ(Customer)
Customer.Name = "Martin"
Customer.Email = "martin@example.com"
Trace(HAjoute(Customer), HErreur(), HErreur() = hErrDoublon)   // expect: 1, 0, 0
// HErreurInfo nomme la fonction H* comme la ligne l'appelle, comme ErreurInfo
dsRien est une Source de Données
Trace(HLitPremier(dsRien), HErreur() = hErrDoublon)   // expect: 0, 0
Trace(ExtraitChaîne(HErreurInfo(), 1, ":"))    // expect: HLitPremier
Trace(HErreurInfo() = ErreurInfo())            // expect: 1

PROCÉDURE EnregistreClient(LOCAL sNom est une chaîne, LOCAL sEmail est une chaîne)
HRAZ(Customer)
Customer.Name = sNom
Customer.Email = sEmail
SI PAS HAjoute(Customer) ALORS
    SI HErreur() = hErrDoublon ALORS RENVOYER "doublon : " + sEmail
    RENVOYER "autre erreur " + HErreur()
FIN
RENVOYER "ajouté " + Customer.CustomerID
